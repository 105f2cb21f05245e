import { AdminDealerGraphResponse, AdminGraphNode } from "../../types/relationship-graph"
import { ancestorsOf, findGraphMatches, mergeGraphPages } from "../relationship-tree"
import { buildVisibleTree, moreItemId } from "../visible-relationship-tree"

const dealer = (id: string, level: number, parent_id: string | null, children_total = 0): AdminGraphNode => ({
  id,
  type: "dealer",
  label: `Dealer ${id}`,
  code: id.toUpperCase(),
  status: "active",
  tier_code: "T1",
  level,
  parent_id,
  counts: { downline_direct: 0, downline_total: 0, customers: 0, orders: 0 },
  sales: [],
  children_total,
})

const customer = (id: string, parent_id: string): AdminGraphNode => ({
  id,
  type: "customer",
  label: `Customer ${id}`,
  level: 1,
  parent_id,
  counts: { orders: 1 },
  sales: [{ currency_code: "cny", amount: "200" }],
  children_total: 0,
})

const page = (root_id: string, nodes: AdminGraphNode[], offset = 0): AdminDealerGraphResponse => ({
  root_id,
  depth: 1,
  limit: 2,
  offset,
  nodes,
  edges: [],
})

// hz → nb (dealer, 1 child: nb2), sx (dealer), c1, c2, c3 (customers); pages of 2.
const rootFirst = page("hz", [dealer("hz", 0, null, 5), dealer("nb", 1, "hz", 1), dealer("sx", 1, "hz"), customer("c1", "hz"), customer("c2", "hz")])
const rootSecond = page("hz", [dealer("hz", 0, null, 5), customer("c3", "hz")], 2)
const nbPage = page("nb", [dealer("nb", 0, null, 1), dealer("nb2", 1, "nb")])

describe("mergeGraphPages", () => {
  it.each([
    ["the root page alone", [rootFirst], { hz: ["nb", "sx", "c1", "c2"] }],
    ["a second page of the root, dealers before customers", [rootFirst, rootSecond], { hz: ["nb", "sx", "c1", "c2", "c3"] }],
    ["an opened dealer's page", [rootFirst, nbPage], { hz: ["nb", "sx", "c1", "c2"], nb: ["nb2"] }],
    ["the same page twice", [rootFirst, rootFirst], { hz: ["nb", "sx", "c1", "c2"] }],
  ])("%s", (_, pages, expected) => {
    const tree = mergeGraphPages("hz", pages)
    expect(Object.fromEntries(tree.children)).toEqual(expected)
  })

  it("keeps the parent of a dealer whose own page reports it as a root", () => {
    const tree = mergeGraphPages("hz", [rootFirst, nbPage])
    expect(tree.nodes.get("nb")?.parent_id).toBe("hz")
    expect(ancestorsOf(tree, "nb2")).toEqual(["hz", "nb"])
  })

  it("orders dealers first even when a later page brings one", () => {
    const late = page("hz", [dealer("hz", 0, null, 5), dealer("zz", 1, "hz")], 2)
    expect(mergeGraphPages("hz", [rootFirst, late]).children.get("hz")).toEqual(["nb", "sx", "zz", "c1", "c2"])
  })
})

describe("findGraphMatches", () => {
  const tree = mergeGraphPages("hz", [rootFirst, nbPage])

  it.each([
    ["", []],
    ["   ", []],
    ["nb", ["nb", "nb2"]],
    ["NB2", ["nb2"]],
    ["customer c", ["c1", "c2"]],
    ["dealer", ["hz", "nb", "nb2", "sx"]],
    ["nobody", []],
  ])("%j matches %j", (query, expected) => {
    expect(findGraphMatches(tree, query)).toEqual(expected)
  })
})

describe("buildVisibleTree", () => {
  const shape = (item: any): any =>
    item.kind === "more" ? `+${item.remaining}` : item.children.length ? { [item.id]: item.children.map(shape) } : item.id

  it.each([
    ["only the root is open", [rootFirst, nbPage], [], { hz: ["nb", "sx", "c1", "c2", "+1"] }],
    ["an open dealer shows its children", [rootFirst, nbPage], ["nb"], { hz: [{ nb: ["nb2"] }, "sx", "c1", "c2", "+1"] }],
    ["an open dealer still loading shows none", [rootFirst], ["nb"], { hz: ["nb", "sx", "c1", "c2", "+1"] }],
    ["every child loaded: no placeholder", [rootFirst, rootSecond], [], { hz: ["nb", "sx", "c1", "c2", "c3"] }],
  ])("%s", (_, pages, open, expected) => {
    const visible = buildVisibleTree(mergeGraphPages("hz", pages), new Set(open))
    expect(shape(visible)).toEqual(expected)
  })

  it("names the placeholder after its parent", () => {
    const visible = buildVisibleTree(mergeGraphPages("hz", [rootFirst]), new Set())
    expect(visible?.children.at(-1)).toEqual(
      expect.objectContaining({ kind: "more", id: moreItemId("hz"), parentId: "hz", remaining: 1 })
    )
  })

  it("is empty until the root is loaded", () => {
    expect(buildVisibleTree(mergeGraphPages("hz", []), new Set())).toBeNull()
  })
})
