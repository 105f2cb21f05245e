import { useReactFlow } from "@xyflow/react"
import { useEffect, useRef } from "react"

import { GraphFlowNode } from "./graph-flow-types"

/**
 * Brings the focused search match into view once it is drawn (opening its
 * ancestors may take a render or a fetch), at a zoom where it can be read.
 */
export const useCenterOnMatch = (nodes: GraphFlowNode[], focusedId: string | null) => {
  const { setCenter, getZoom } = useReactFlow()
  const centeredRef = useRef<string | null>(null)

  useEffect(() => {
    if (!focusedId) {
      centeredRef.current = null
      return
    }
    if (centeredRef.current === focusedId) {
      return
    }
    const node = nodes.find((candidate) => candidate.id === focusedId)
    if (!node) {
      return
    }
    centeredRef.current = focusedId
    setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
      zoom: Math.max(getZoom(), 0.9),
      duration: 400,
    })
  }, [focusedId, nodes, setCenter, getZoom])
}
