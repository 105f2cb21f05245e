import { buildSalesFactRows, commissionByLine, dealerColumns, FactOrder } from "../sales-fact-rows"

const order = (over: Partial<FactOrder> = {}): FactOrder => ({
  id: "order_1",
  display_id: 7,
  created_at: new Date("2026-11-15T02:00:00Z"),
  currency_code: "CNY",
  canceled: false,
  refunded_total: "0",
  customer_id: "cus_1",
  region_id: "reg_1",
  sales_channel_id: "sc_1",
  country_code: "CN",
  lines: [
    { line_id: "li_a", product_id: "prod_a", variant_id: "var_a", sku: "A", title: "Tea", collection_id: "pcol_1", category_ids: ["pcat_2", "pcat_1"], quantity: 3, returned_quantity: 0, net: "300", value: "300" },
    { line_id: "li_b", product_id: "prod_b", variant_id: "var_b", sku: null, title: "Cup", collection_id: null, category_ids: [], quantity: 1, returned_quantity: 0, net: "100", value: "100" },
  ],
  ...over,
})

const chain = [
  { dealer_id: "dlr_c", tier_id: "t3", level: 1 },
  { dealer_id: "dlr_a", tier_id: "t1", level: 3 },
  { dealer_id: "dlr_b", tier_id: "t2", level: 2 },
]
const pick = (rows: any[], ...keys: string[]) => rows.map((r) => keys.map((k) => r[k]))

describe("buildSalesFactRows", () => {
  it("one row per line with the order, dealer and product columns", () => {
    const rows = buildSalesFactRows(order(), { dealer_id: "dlr_c", chain }, [])
    expect(rows[0]).toEqual({
      order_id: "order_1",
      line_item_id: "li_a",
      order_display_id: 7,
      placed_at: new Date("2026-11-15T02:00:00Z"),
      customer_id: "cus_1",
      dealer_id: "dlr_c",
      dealer_tier_id: "t3",
      upline_dealer_ids: ["dlr_b", "dlr_a"],
      product_id: "prod_a",
      variant_id: "var_a",
      sku: "A",
      product_title: "Tea",
      collection_id: "pcol_1",
      category_ids: ["pcat_1", "pcat_2"],
      region_id: "reg_1",
      country_code: "cn",
      sales_channel_id: "sc_1",
      currency_code: "cny",
      quantity: 3,
      returned_quantity: 0,
      net_amount: "300.00",
      refunded_amount: "0.00",
      commission_amount: "0.00",
      canceled: false,
    })
    expect(rows).toHaveLength(2)
  })

  it("an unattributed order has no dealer columns", () => {
    for (const attribution of [null, { dealer_id: null, chain: [] }]) {
      expect(pick(buildSalesFactRows(order(), attribution, []), "dealer_id", "dealer_tier_id", "upline_dealer_ids")).toEqual([
        [null, null, []],
        [null, null, []],
      ])
    }
  })

  it("a cancellation gives back every line whole", () => {
    const rows = buildSalesFactRows(order({ canceled: true }), null, [])
    expect(pick(rows, "net_amount", "refunded_amount", "canceled")).toEqual([
      ["300.00", "300.00", true],
      ["100.00", "100.00", true],
    ])
  })

  it("a return gives back its share of its line; a refund beyond it is spread over what was kept", () => {
    const returned = order({ lines: order().lines.map((l) => (l.line_id === "li_a" ? { ...l, returned_quantity: 1 } : l)) })
    expect(pick(buildSalesFactRows(returned, null, []), "returned_quantity", "refunded_amount")).toEqual([
      [1, "100.00"],
      [0, "0.00"],
    ])
    // ¥100 refunded for the returned unit explains nothing new; ¥60 more is 20 % of the ¥300 kept.
    expect(pick(buildSalesFactRows({ ...returned, refunded_total: "160" }, null, []), "refunded_amount")).toEqual([
      ["140.00"],
      ["20.00"],
    ])
  })

  it("rounds net and refunded amounts to the currency, never refunding more than the line", () => {
    const o = order({
      currency_code: "jpy",
      refunded_total: "1000",
      lines: [{ ...order().lines[0], net: "333.335", value: "333.335" }],
    })
    expect(pick(buildSalesFactRows(o, null, []), "net_amount", "refunded_amount")).toEqual([["333", "333"]])
    const third = order({ refunded_total: "100", lines: [{ ...order().lines[0], net: "100", value: "300" }] })
    expect(pick(buildSalesFactRows(third, null, []), "refunded_amount")).toEqual([["33.33"]])
  })

  it("sums each line's accruals and reversals, ignoring other entries", () => {
    const rows = buildSalesFactRows(order(), { dealer_id: "dlr_c", chain }, [
      { line_item_id: "li_a", kind: "accrual", amount: "36.00" },
      { line_item_id: "li_a", kind: "accrual", amount: "9.00" },
      { line_item_id: "li_a", kind: "reversal", amount: "-12.00" },
      { line_item_id: "li_b", kind: "accrual", amount: "0.10" },
      { line_item_id: "li_b", kind: "accrual", amount: "0.20" },
      { line_item_id: null, kind: "adjustment", amount: "5.00" },
      { line_item_id: "li_b", kind: "adjustment", amount: "5.00" },
    ])
    expect(pick(rows, "commission_amount")).toEqual([["33.00"], ["0.30"]])
  })
})

describe("dealerColumns", () => {
  it("takes the tier from the dealer's own chain member and the upline nearest first", () => {
    expect(dealerColumns({ dealer_id: "dlr_c", chain })).toEqual({
      dealer_id: "dlr_c",
      dealer_tier_id: "t3",
      upline_dealer_ids: ["dlr_b", "dlr_a"],
    })
    expect(dealerColumns({ dealer_id: "dlr_x", chain: null })).toEqual({ dealer_id: "dlr_x", dealer_tier_id: null, upline_dealer_ids: [] })
  })
})

describe("commissionByLine", () => {
  it("is exact where floats are not", () => {
    const sums = commissionByLine([
      { line_item_id: "li", kind: "accrual", amount: "0.10" },
      { line_item_id: "li", kind: "accrual", amount: "0.20" },
    ])
    expect(sums.get("li")!.toString()).toBe("0.3")
  })
})
