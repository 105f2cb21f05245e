import { isInSubtree } from "./dealer-path"

export type TreeNode = { id: string; path: string; depth: number; status?: string }

export type MoveCheck =
  | { ok: true; depth_delta: number }
  | { ok: false; rule: "cycle" | "max_depth" | "same_parent" | "terminated_upline"; message: string }

/**
 * Whether the subtree rooted at `dealer` may move under `newParent` (null =
 * directly under the producer). `subtreeMaxDepth` is the deepest depth found
 * in that subtree today, the dealer's own depth when it has no downline.
 */
export function validateDealerMove(input: {
  dealer: TreeNode
  currentParentId: string | null
  newParent: TreeNode | null
  subtreeMaxDepth: number
  maxDepth: number
}): MoveCheck {
  const { dealer, newParent, subtreeMaxDepth, maxDepth } = input

  if ((newParent?.id ?? null) === input.currentParentId) {
    return { ok: false, rule: "same_parent", message: `Dealer ${dealer.id} is already under that upline.` }
  }
  if (newParent?.status === "terminated") {
    return { ok: false, rule: "terminated_upline", message: terminatedUplineMessage(newParent.id) }
  }
  if (newParent && isInSubtree(newParent.path, dealer.path)) {
    return {
      ok: false,
      rule: "cycle",
      message:
        newParent.id === dealer.id
          ? "A dealer cannot be its own upline."
          : `Dealer ${newParent.id} is in the downline of ${dealer.id}; moving ${dealer.id} under it would create a cycle.`,
    }
  }

  const newDepth = (newParent?.depth ?? 0) + 1
  const depthDelta = newDepth - dealer.depth
  const deepest = subtreeMaxDepth + depthDelta
  if (deepest > maxDepth) {
    return {
      ok: false,
      rule: "max_depth",
      message: `The move would put dealers at level ${deepest}, deeper than the maximum of ${maxDepth} levels (plugin option max_depth).`,
    }
  }
  return { ok: true, depth_delta: depthDelta }
}

/** Whether a new dealer may join under `parent` without exceeding the depth limit. */
export function validateDealerPlacement(parent: TreeNode | null, maxDepth: number): string | null {
  if (parent?.status === "terminated") {
    return terminatedUplineMessage(parent.id)
  }
  const depth = (parent?.depth ?? 0) + 1
  return depth > maxDepth
    ? `A dealer under ${parent!.id} would be at level ${depth}, deeper than the maximum of ${maxDepth} levels (plugin option max_depth).`
    : null
}

function terminatedUplineMessage(parentId: string): string {
  return `Dealer ${parentId} is terminated and cannot take new downline dealers.`
}
