import type { Node } from "@xyflow/react"

import { AdminGraphNode } from "../../../../../../types/relationship-graph"

/** What a dealer or customer card of the graph is drawn from. */
export type GraphCardData = {
  node: AdminGraphNode
  isRoot: boolean
  open: boolean
  /** It has children to show or hide (the root's are always shown). */
  expandable: boolean
  loading: boolean
  error: string | null
  /** One of the current search's matches; `focused` is the one in view. */
  matched: boolean
  focused: boolean
  onToggle: (id: string) => void
  onRetry: (id: string) => void
}

/** What the "N more" placeholder of a parent is drawn from. */
export type GraphMoreData = {
  parentId: string
  remaining: number
  loading: boolean
  onLoadMore: (parentId: string) => void
}

export type GraphCardFlowNode = Node<GraphCardData, "card">
export type GraphMoreFlowNode = Node<GraphMoreData, "more">
export type GraphFlowNode = GraphCardFlowNode | GraphMoreFlowNode
