export type DownlineDealer = {
  id: string
  parent_id: string | null
  depth: number
  [key: string]: unknown
}

export type DownlineNode<T extends DownlineDealer> = T & {
  /** 1 = a direct downline dealer of the root. */
  level: number
  children: DownlineNode<T>[]
}

/**
 * Nests a flat downline (as read by one path-range query) under its root.
 * Dealers whose parent is missing from the list are dropped rather than
 * shown in the wrong place.
 */
export function buildDownlineTree<T extends DownlineDealer>(
  root: { id: string; depth: number },
  dealers: T[]
): DownlineNode<T>[] {
  const nodes = new Map<string, DownlineNode<T>>()
  for (const dealer of dealers) {
    nodes.set(dealer.id, { ...dealer, level: dealer.depth - root.depth, children: [] })
  }
  const top: DownlineNode<T>[] = []
  for (const node of nodes.values()) {
    if (node.parent_id === root.id) {
      top.push(node)
    } else if (node.parent_id && nodes.has(node.parent_id)) {
      nodes.get(node.parent_id)!.children.push(node)
    }
  }
  return top
}
