import { escapeLike } from "../sql/like-pattern"

/**
 * The upline tree as materialized paths: a dealer's path is its ancestors' ids
 * from the top down, then its own id, each followed by "/". Ids never contain
 * "/", so a path prefix match is exactly "is in this subtree".
 */
export const PATH_SEPARATOR = "/"

export function buildDealerPath(parentPath: string | null | undefined, dealerId: string): string {
  return `${parentPath ?? ""}${dealerId}${PATH_SEPARATOR}`
}

export function depthOfPath(path: string): number {
  return ancestorIdsOfPath(path).length + 1
}

/** Ancestors' ids, nearest first (the direct upline is element 0). */
export function uplineIdsOfPath(path: string): string[] {
  return ancestorIdsOfPath(path).reverse()
}

/** Ancestors' ids from the top of the tree down, without the dealer itself. */
export function ancestorIdsOfPath(path: string): string[] {
  const ids = path.split(PATH_SEPARATOR).filter(Boolean)
  ids.pop()
  return ids
}

/** True when `path` lies in the subtree rooted at `rootPath` (itself included). */
export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath)
}

/** A LIKE pattern for every strict descendant of `rootPath`. */
export function descendantsLikePattern(rootPath: string): string {
  return `${escapeLike(rootPath)}_%`
}

/** A LIKE pattern for the subtree rooted at `rootPath`, the root included. */
export function subtreeLikePattern(rootPath: string): string {
  return `${escapeLike(rootPath)}%`
}
