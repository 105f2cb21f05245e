import { computeSplit, SplitInput, SplitRule } from "../../commission/compute-split"
import { canonicalJson, checkOrderSplit, sameJson, StoredAccrual, StoredOrderSplit } from "../split-recompute"

const rule = (r: Partial<SplitRule>): SplitRule => ({
  id: null,
  position: 0,
  scope_type: "all",
  scope_id: null,
  tier_id: null,
  level: 1,
  type: "percentage",
  rate: null,
  amount: null,
  currency_code: null,
  volume_tiers: null,
  is_active: true,
  ...r,
})

const rules = [
  rule({ id: "crule_1", position: 0, level: 1, rate: "0.1" }),
  rule({ id: "crule_2", position: 1, level: 2, rate: "0.0333333" }),
]

const inputs: Omit<SplitInput, "rules"> = {
  currency_code: "cny",
  lines: [
    { line_id: "ordli_a", title: "Tea", product_id: "prod_1", collection_id: null, category_ids: [], quantity: 3, base: "33.33" },
    { line_id: "ordli_b", title: "Cup", product_id: "prod_2", collection_id: null, category_ids: [], quantity: 1, base: "10.01" },
  ],
  chain: [
    { dealer_id: "dlr_c", code: "C", tier_id: null, status: "active", level: 1 },
    { dealer_id: "dlr_b", code: "B", tier_id: null, status: "active", level: 2 },
  ],
  settings: { max_levels: 3, max_total_rate: "0.5", compress_inactive: false },
  month_sales: {},
}

/** A stored order as the accrual workflow writes it: jsonb round trip (keys reordered), accruals from the split. */
function stored(): { order: StoredOrderSplit; accruals: StoredAccrual[] } {
  const split = computeSplit({ ...inputs, rules })
  const jsonb = <T>(value: T): T => {
    // PostgreSQL's jsonb orders keys by length, then bytes: simulate a reorder.
    const reorder = (v: any): any =>
      Array.isArray(v) ? v.map(reorder) : v && typeof v === "object"
        ? Object.fromEntries(Object.keys(v).sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).map((k) => [k, reorder(v[k])]))
        : v
    return reorder(JSON.parse(JSON.stringify(value)))
  }
  let n = 0
  return {
    order: {
      id: "ocm_1",
      order_id: "order_1",
      currency_code: "cny",
      base_total: split.base_total,
      commission_total: split.commission_total,
      inputs: jsonb({ ...inputs, commission_base: "net_of_discounts" }),
      plan_snapshot: jsonb(rules),
      split: jsonb(split),
    },
    accruals: split.lines.flatMap((l) =>
      l.entries.map((e) => ({
        id: `cment_${++n}`,
        dealer_id: e.dealer_id,
        currency_code: "cny",
        line_item_id: l.line_id,
        level: e.level,
        // numeric::text keeps the scale; a different scale is the same money.
        amount: `${e.amount}0`,
        rule_id: e.rule_id,
      }))
    ),
  }
}

describe("checkOrderSplit", () => {
  it("accepts an order stored as the workflow stores it (jsonb key order, numeric scale)", () => {
    const { order, accruals } = stored()
    expect(accruals).toHaveLength(4)
    expect(checkOrderSplit(order, accruals)).toEqual([])
  })

  it("names an order whose stored split differs from the recomputation by one cent", () => {
    const { order, accruals } = stored()
    order.split.lines[1].entries[0].amount = "1.01"
    const found = checkOrderSplit(order, accruals)
    expect(found).toEqual([
      { message: expect.stringMatching(/^order order_1: the stored split .* is not what the commission function computes/), ids: ["order_1", "ocm_1"] },
    ])
  })

  it("names a changed plan snapshot: split, totals and the accruals no longer match", () => {
    const { order, accruals } = stored()
    order.plan_snapshot[0].rate = "0.11"
    const messages = checkOrderSplit(order, accruals).map((v) => v.message)
    expect(messages.some((m) => /stored split/.test(m))).toBe(true)
    expect(messages.some((m) => /stored totals/.test(m))).toBe(true)
    expect(messages.filter((m) => /accrual cment_\d .* is .* to dlr_c; the split gives/.test(m))).toHaveLength(2)
  })

  it("names an accrual of the wrong amount or dealer, a missing one and one the split does not have", () => {
    const { order, accruals } = stored()
    accruals[0].amount = "3.34"
    accruals[1].dealer_id = "dlr_x"
    const missing = accruals.pop()!
    accruals.push({ ...missing, id: "cment_extra", level: 3 })
    const found = checkOrderSplit(order, accruals)
    expect(found.map((v) => v.ids)).toEqual([
      ["order_1", "ocm_1", "cment_1"],
      ["order_1", "ocm_1", "cment_2"],
      ["order_1", "ocm_1", "cment_extra"],
      ["order_1", "ocm_1"],
    ])
    expect(found[3].message).toMatch(new RegExp(`for line ${missing.line_item_id} at level ${missing.level}, but the ledger has no such accrual`))
  })

  it("leaves a duplicate accrual of the same line and level to invariant 1", () => {
    const { order, accruals } = stored()
    expect(checkOrderSplit(order, [...accruals, { ...accruals[0], id: "cment_dup" }])).toEqual([])
  })

  it("reports inputs the commission function can not read instead of throwing", () => {
    const { order, accruals } = stored()
    ;(order.inputs as any).lines = null
    expect(checkOrderSplit(order, accruals)).toEqual([
      { message: expect.stringMatching(/can not be split again/), ids: ["order_1", "ocm_1"] },
    ])
  })
})

describe("canonicalJson", () => {
  it("is equal for the same content in any key order, and different for any other content", () => {
    expect(canonicalJson({ b: 1, a: [{ y: "1", x: null }] })).toBe(canonicalJson({ a: [{ x: null, y: "1" }], b: 1 }))
    expect(canonicalJson({ a: "1.0" })).not.toBe(canonicalJson({ a: "1.00" }))
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]))
  })
})

describe("sameJson", () => {
  it("compares by content: key order and undefined properties do not matter, everything else does", () => {
    expect(sameJson({ b: 1, a: [{ y: "1", x: null }], u: undefined }, { a: [{ x: null, y: "1" }], b: 1 })).toBe(true)
    expect(sameJson({ a: "1.0" }, { a: "1.00" })).toBe(false)
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameJson({ a: 1, c: 3 }, { a: 1, b: 3 })).toBe(false)
    expect(sameJson([1, 2], [2, 1])).toBe(false)
    expect(sameJson([1], { 0: 1 })).toBe(false)
    expect(sameJson(null, {})).toBe(false)
    expect(sameJson(1, "1")).toBe(false)
  })
})
