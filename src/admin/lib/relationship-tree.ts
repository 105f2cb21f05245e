import {
  AdminDealerGraphResponse,
  AdminGraphNode,
} from "../types/relationship-graph"

/**
 * Every node loaded so far, from any number of graph pages (the root's and
 * those of dealers opened later), with each parent's loaded children.
 * A parent has an entry in `children` once one of its own pages arrived,
 * even an empty one; without an entry, its children are not loaded yet.
 */
export type RelationshipTree = {
  rootId: string
  nodes: Map<string, AdminGraphNode>
  children: Map<string, string[]>
}

const dealersFirst = (nodes: Map<string, AdminGraphNode>) => (ids: string[]) => {
  const dealers = ids.filter((id) => nodes.get(id)?.type === "dealer")
  const customers = ids.filter((id) => nodes.get(id)?.type !== "dealer")
  return [...dealers, ...customers]
}

/**
 * Merges graph pages into one tree. A page's own root comes back with
 * `parent_id: null`, so a parent already known from another page is kept.
 * Children keep the server's order, dealers before bound customers, whatever
 * page they came in.
 */
export const mergeGraphPages = (
  rootId: string,
  pages: AdminDealerGraphResponse[]
): RelationshipTree => {
  const nodes = new Map<string, AdminGraphNode>()
  const children = new Map<string, string[]>()

  for (const page of pages) {
    for (const node of page.nodes) {
      const known = nodes.get(node.id)
      nodes.set(node.id, {
        ...node,
        parent_id: node.parent_id ?? known?.parent_id ?? null,
      })
      if (node.level === 0) {
        children.set(node.id, children.get(node.id) ?? [])
        continue
      }
      if (node.parent_id) {
        const siblings = children.get(node.parent_id) ?? []
        if (!siblings.includes(node.id)) {
          siblings.push(node.id)
        }
        children.set(node.parent_id, siblings)
      }
    }
  }

  const order = dealersFirst(nodes)
  for (const [parentId, ids] of children) {
    children.set(parentId, order(ids))
  }

  return { rootId, nodes, children }
}

/** The node's ancestors, from the root down to its parent. */
export const ancestorsOf = (tree: RelationshipTree, id: string): string[] => {
  const chain: string[] = []
  const seen = new Set<string>([id])
  let parentId = tree.nodes.get(id)?.parent_id ?? null
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId)
    chain.unshift(parentId)
    parentId = parentId === tree.rootId ? null : tree.nodes.get(parentId)?.parent_id ?? null
  }
  return chain
}

/**
 * Loaded nodes whose name or code contains the query (case-insensitive),
 * in tree order from the root, collapsed branches included.
 */
export const findGraphMatches = (tree: RelationshipTree, query: string): string[] => {
  const needle = query.trim().toLowerCase()
  if (!needle) {
    return []
  }
  const matches: string[] = []
  const seen = new Set<string>()
  const visit = (id: string) => {
    if (seen.has(id)) {
      return
    }
    seen.add(id)
    const node = tree.nodes.get(id)
    if (!node) {
      return
    }
    const haystack = `${node.label}\n${node.code ?? ""}`.toLowerCase()
    if (haystack.includes(needle)) {
      matches.push(id)
    }
    for (const child of tree.children.get(id) ?? []) {
      visit(child)
    }
  }
  visit(tree.rootId)
  return matches
}
