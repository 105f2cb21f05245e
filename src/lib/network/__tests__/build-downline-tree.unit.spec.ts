import { buildDownlineTree } from "../build-downline-tree"

describe("buildDownlineTree", () => {
  it("nests a path-ordered flat list under the root with relative levels", () => {
    const tree = buildDownlineTree({ id: "a", depth: 1 }, [
      { id: "b", parent_id: "a", depth: 2 },
      { id: "c", parent_id: "b", depth: 3 },
      { id: "d", parent_id: "a", depth: 2 },
    ])
    expect(tree.map((n) => [n.id, n.level, n.children.map((c) => [c.id, c.level])])).toEqual([
      ["b", 1, [["c", 2]]],
      ["d", 1, []],
    ])
  })

  it("drops dealers whose parent is not in the list", () => {
    expect(buildDownlineTree({ id: "a", depth: 1 }, [{ id: "z", parent_id: "q", depth: 3 }])).toEqual([])
  })

  it("returns an empty downline for a leaf", () => {
    expect(buildDownlineTree({ id: "a", depth: 1 }, [])).toEqual([])
  })
})
