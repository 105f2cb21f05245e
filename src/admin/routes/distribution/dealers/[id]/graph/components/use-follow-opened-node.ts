import type { Edge } from "@xyflow/react"
import { useReactFlow } from "@xyflow/react"
import { useEffect, useRef } from "react"

import { GraphFlowNode } from "./graph-flow-types"
import { READABLE_ZOOM } from "./graph-zoom"

/** A dealer the merchant just opened; `seq` tells two openings of one dealer apart. */
export type OpenedNode = { id: string; seq: number }

/**
 * After a dealer is opened, brings it and its children into view once they
 * are drawn (they may first have to load), zooming out if needed but never in.
 */
export const useFollowOpenedNode = (
  nodes: GraphFlowNode[],
  edges: Edge[],
  opened: OpenedNode | null
) => {
  const { fitView, getZoom } = useReactFlow()
  const handledRef = useRef<number | null>(null)

  useEffect(() => {
    if (!opened || handledRef.current === opened.seq) {
      return
    }
    const node = nodes.find((candidate) => candidate.id === opened.id)
    if (!node || node.type !== "card" || !node.data.open) {
      return
    }
    const childIds = edges.filter((edge) => edge.source === opened.id).map((edge) => edge.target)
    if (!childIds.length) {
      // Still loading.
      return
    }
    handledRef.current = opened.seq
    // A frame later, once React Flow has taken in the new nodes.
    const frame = requestAnimationFrame(() => {
      fitView({
        nodes: [opened.id, ...childIds].map((id) => ({ id })),
        padding: 0.15,
        minZoom: Math.min(READABLE_ZOOM, getZoom()),
        maxZoom: getZoom(),
        duration: 400,
      })
    })
    return () => cancelAnimationFrame(frame)
  }, [nodes, edges, opened, fitView, getZoom])
}
