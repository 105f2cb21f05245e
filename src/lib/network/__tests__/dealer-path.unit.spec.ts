import {
  ancestorIdsOfPath,
  buildDealerPath,
  depthOfPath,
  descendantsLikePattern,
  isInSubtree,
  subtreeLikePattern,
  uplineIdsOfPath,
} from "../dealer-path"

describe("dealer paths", () => {
  it.each([
    [null, "dlr_a", "dlr_a/"],
    ["dlr_a/", "dlr_b", "dlr_a/dlr_b/"],
    ["dlr_a/dlr_b/", "dlr_c", "dlr_a/dlr_b/dlr_c/"],
  ])("builds the path under %s for %s", (parent, id, expected) => {
    expect(buildDealerPath(parent, id)).toBe(expected)
  })

  it.each([
    ["dlr_a/", 1, [], []],
    ["dlr_a/dlr_b/", 2, ["dlr_a"], ["dlr_a"]],
    ["dlr_a/dlr_b/dlr_c/", 3, ["dlr_a", "dlr_b"], ["dlr_b", "dlr_a"]],
  ])("reads depth and upline of %s", (path, depth, ancestors, upline) => {
    expect(depthOfPath(path)).toBe(depth)
    expect(ancestorIdsOfPath(path)).toEqual(ancestors)
    expect(uplineIdsOfPath(path)).toEqual(upline)
  })

  it("tells subtree membership by whole segments, not by id prefixes", () => {
    expect(isInSubtree("dlr_a/dlr_b/", "dlr_a/")).toBe(true)
    expect(isInSubtree("dlr_a/", "dlr_a/")).toBe(true)
    expect(isInSubtree("dlr_ab/", "dlr_a/")).toBe(false)
    expect(isInSubtree("dlr_b/dlr_a/", "dlr_a/")).toBe(false)
  })

  it("escapes LIKE wildcards: ids contain underscores", () => {
    expect(subtreeLikePattern("dlr_a/")).toBe("dlr\\_a/%")
    expect(descendantsLikePattern("dlr_a/")).toBe("dlr\\_a/_%")
    expect(subtreeLikePattern("50%/")).toBe("50\\%/%")
  })
})
