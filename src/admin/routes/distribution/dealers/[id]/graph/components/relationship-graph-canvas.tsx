import "@xyflow/react/dist/style.css"

import { Background, Controls, MiniMap, NodeTypes, ReactFlow } from "@xyflow/react"
import { ReactNode, useMemo } from "react"

import { VisibleGraphNode } from "../../../../../../lib/visible-relationship-tree"
import { buildGraphFlow } from "./build-graph-flow"
import { GraphCardData, GraphFlowNode } from "./graph-flow-types"
import { GraphMoreNode } from "./graph-more-node"
import { GraphNodeCard } from "./graph-node-card"
import { READABLE_ZOOM } from "./graph-zoom"
import { GraphLoadState } from "./use-relationship-graph"
import { useDashboardColorMode } from "./use-dashboard-color-mode"
import { useCenterOnMatch } from "./use-center-on-match"
import { OpenedNode, useFollowOpenedNode } from "./use-follow-opened-node"

const NODE_TYPES: NodeTypes = { card: GraphNodeCard, more: GraphMoreNode }

type RelationshipGraphCanvasProps = {
  root: VisibleGraphNode
  matches: ReadonlySet<string>
  focusedId: string | null
  /** The dealer opened last, brought into view with its children. */
  opened: OpenedNode | null
  loadStateOf: (dealerId: string) => GraphLoadState
  onToggle: (dealerId: string) => void
  onLoadMore: (dealerId: string) => void
  onRetry: (dealerId: string) => void
  children?: ReactNode
}

/** The drawn tree: zoom with the wheel or the controls, pan by dragging. */
export const RelationshipGraphCanvas = ({
  root,
  matches,
  focusedId,
  opened,
  loadStateOf,
  onToggle,
  onLoadMore,
  onRetry,
  children,
}: RelationshipGraphCanvasProps) => {
  const colorMode = useDashboardColorMode()

  const { nodes, edges } = useMemo(
    () =>
      buildGraphFlow({
        root,
        rootId: root.id,
        card: (item): Omit<GraphCardData, "node" | "isRoot" | "open"> => {
          const state = loadStateOf(item.id)
          const isDealer = item.node.type === "dealer"
          return {
            expandable: isDealer && item.id !== root.id && item.node.children_total > 0,
            loading: item.open && state.loading,
            error: item.open ? state.error : null,
            matched: matches.has(item.id),
            focused: item.id === focusedId,
            onToggle,
            onRetry,
          }
        },
        more: (item) => ({
          parentId: item.parentId,
          remaining: item.remaining,
          loading: loadStateOf(item.parentId).loading,
          onLoadMore,
        }),
      }),
    [root, matches, focusedId, loadStateOf, onToggle, onLoadMore, onRetry]
  )

  useFollowOpenedNode(nodes, edges, opened)

  useCenterOnMatch(nodes, focusedId)

  return (
    <ReactFlow<GraphFlowNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      colorMode={colorMode}
      fitView
      fitViewOptions={{ maxZoom: 1, minZoom: READABLE_ZOOM, padding: 0.2 }}
      minZoom={0.1}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      attributionPosition="bottom-center"
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        nodeColor={(node) =>
          node.type === "more"
            ? "var(--border-strong)"
            : (node.data as GraphCardData).node.type === "dealer"
              ? "var(--tag-blue-icon)"
              : "var(--tag-purple-icon)"
        }
      />
      {children}
    </ReactFlow>
  )
}
