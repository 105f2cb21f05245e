import type { Edge } from "@xyflow/react"

import { layoutRelationshipTree } from "../../../../../../lib/layout-relationship-tree"
import { VisibleTreeItem } from "../../../../../../lib/visible-relationship-tree"
import { GraphCardData, GraphFlowNode, GraphMoreData } from "./graph-flow-types"
import { GRAPH_COLUMN_GAP, GRAPH_ROW_GAP, sizeOfGraphItem } from "./graph-dimensions"

type BuildGraphFlowInput = {
  root: VisibleTreeItem
  rootId: string
  card: (item: Extract<VisibleTreeItem, { kind: "node" }>) => Omit<GraphCardData, "node" | "isRoot" | "open">
  more: (item: Extract<VisibleTreeItem, { kind: "more" }>) => GraphMoreData
}

const EDGE_STYLES = {
  // A dealer under its upline: a solid line; a bound customer: a dashed one.
  upline: { stroke: "var(--fg-muted)", strokeWidth: 1.5 },
  binding: { stroke: "var(--fg-disabled)", strokeWidth: 1.5, strokeDasharray: "5 4" },
  more: { stroke: "var(--border-strong)", strokeWidth: 1, strokeDasharray: "2 4" },
}

// React Flow turns pointer events off on nodes that are neither selectable
// nor draggable; the cards handle their own clicks, so they need them.
const CLICKABLE = { pointerEvents: "all" as const }

/** React Flow nodes (positioned by the tidy-tree layout) and the edges between them. */
export const buildGraphFlow = ({ root, rootId, card, more }: BuildGraphFlowInput) => {
  const positioned = layoutRelationshipTree(root, {
    sizeOf: sizeOfGraphItem,
    columnGap: GRAPH_COLUMN_GAP,
    rowGap: GRAPH_ROW_GAP,
  })

  const nodes: GraphFlowNode[] = positioned.map(({ item, x, y, width, height }) =>
    item.kind === "more"
      ? { id: item.id, type: "more", position: { x, y }, width, height, style: CLICKABLE, data: more(item) }
      : {
          id: item.id,
          type: "card",
          position: { x, y },
          width,
          height,
          style: CLICKABLE,
          data: { ...card(item), node: item.node, isRoot: item.id === rootId, open: item.open },
        }
  )

  const edges: Edge[] = positioned.flatMap(({ item }) =>
    item.children.map((child) => {
      const kind = child.kind === "more" ? "more" : child.node.type === "dealer" ? "upline" : "binding"
      return {
        id: `${item.id}->${child.id}`,
        source: item.id,
        target: child.id,
        type: "smoothstep",
        style: EDGE_STYLES[kind],
        data: { kind },
      }
    })
  )

  return { nodes, edges }
}
