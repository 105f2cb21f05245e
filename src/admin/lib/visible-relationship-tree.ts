import { AdminGraphNode } from "../types/relationship-graph"
import { RelationshipTree } from "./relationship-tree"

/** A card of the drawn tree: a dealer or a customer. */
export type VisibleGraphNode = {
  kind: "node"
  id: string
  node: AdminGraphNode
  /** Its children are drawn (the root always is). */
  open: boolean
  /** Its children have been loaded at least once. */
  loaded: boolean
  children: VisibleTreeItem[]
}

/** The "N more" placeholder after the loaded children of an open parent. */
export type VisibleMoreItem = {
  kind: "more"
  id: string
  parentId: string
  remaining: number
  children: VisibleTreeItem[]
}

export type VisibleTreeItem = VisibleGraphNode | VisibleMoreItem

export const moreItemId = (parentId: string) => `more:${parentId}`

/**
 * The part of the loaded tree that is drawn: the root, and the children of
 * every open node that has them loaded, followed by a "N more" item when
 * the parent has more children than are loaded.
 */
export const buildVisibleTree = (
  tree: RelationshipTree,
  openIds: ReadonlySet<string>
): VisibleGraphNode | null => {
  const seen = new Set<string>()

  const build = (id: string): VisibleGraphNode | null => {
    const node = tree.nodes.get(id)
    if (!node || seen.has(id)) {
      return null
    }
    seen.add(id)
    const open = id === tree.rootId || openIds.has(id)
    const loadedIds = tree.children.get(id)
    const item: VisibleGraphNode = {
      kind: "node",
      id,
      node,
      open,
      loaded: loadedIds !== undefined,
      children: [],
    }
    if (!open || !loadedIds) {
      return item
    }
    for (const childId of loadedIds) {
      const child = build(childId)
      if (child) {
        item.children.push(child)
      }
    }
    const remaining = node.children_total - loadedIds.length
    if (remaining > 0) {
      item.children.push({
        kind: "more",
        id: moreItemId(id),
        parentId: id,
        remaining,
        children: [],
      })
    }
    return item
  }

  return build(tree.rootId)
}
