import { validateDealerMove, validateDealerPlacement } from "../validate-dealer-move"

const node = (path: string, status = "active") => {
  const ids = path.split("/").filter(Boolean)
  return { id: ids[ids.length - 1], path, depth: ids.length, status }
}

describe("validateDealerMove", () => {
  const a = node("a/")
  const b = node("a/b/")
  const c = node("a/b/c/")
  const x = node("x/")

  it.each([
    ["under itself", b, b, 3, "cycle"],
    ["under its child", a, b, 3, "cycle"],
    ["under its grandchild", a, c, 3, "cycle"],
    ["under its current parent", b, a, 3, "same_parent"],
    ["a 3-level subtree under another top dealer", a, x, 3, "max_depth"],
    ["under a terminated dealer", b, node("x/", "terminated"), 2, "terminated_upline"],
  ])("refuses moving %s", (_, dealer, newParent, subtreeMaxDepth, rule) => {
    const parentId = dealer.path.split("/").filter(Boolean).slice(-2, -1)[0] ?? null
    const check = validateDealerMove({
      dealer,
      currentParentId: parentId,
      newParent,
      subtreeMaxDepth,
      maxDepth: 3,
    })
    expect(check).toEqual(expect.objectContaining({ ok: false, rule }))
  })

  it.each([
    ["b (with child c) under x", b, "a", x, 3, 0],
    ["c to the top", c, "b", null, 3, -2],
    ["a 2-level subtree under a top dealer", b, "a", x, 3, 0],
    ["a leaf two levels down", node("y/"), null, b, 1, 2],
  ])("allows moving %s", (_, dealer, currentParentId, newParent, subtreeMaxDepth, delta) => {
    expect(
      validateDealerMove({ dealer, currentParentId, newParent, subtreeMaxDepth, maxDepth: 3 })
    ).toEqual({ ok: true, depth_delta: delta })
  })

  it("names the limit in the refusal", () => {
    const check = validateDealerMove({ dealer: a, currentParentId: null, newParent: x, subtreeMaxDepth: 3, maxDepth: 3 })
    expect(check.ok || check.message).toContain("maximum of 3 levels")
  })
})

describe("validateDealerPlacement", () => {
  it("allows new dealers down to the limit and refuses below it", () => {
    expect(validateDealerPlacement(null, 3)).toBeNull()
    expect(validateDealerPlacement(node("a/b/"), 3)).toBeNull()
    expect(validateDealerPlacement(node("a/b/c/"), 3)).toContain("level 4")
    expect(validateDealerPlacement(node("a/b/c/"), 4)).toBeNull()
  })

  it("refuses a terminated upline", () => {
    expect(validateDealerPlacement(node("a/", "terminated"), 3)).toContain("terminated")
  })
})
