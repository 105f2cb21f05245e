import { countAdjustment, countTotals, resolveCountEntries, varianceQuantity, varianceValue } from "../count-variance"

describe("count variance", () => {
  it("is counted − snapshot, null while uncounted", () => {
    expect(varianceQuantity({ snapshot_quantity: 10, counted_quantity: 7 })).toBe(-3)
    expect(varianceQuantity({ snapshot_quantity: 10, counted_quantity: null })).toBeNull()
    expect(countAdjustment({ snapshot_quantity: 10, counted_quantity: null })).toBe(0)
    expect(countAdjustment({ snapshot_quantity: 4, counted_quantity: 9 })).toBe(5)
  })

  it("values the variance at cost, in the currency's decimals, exactly", () => {
    expect(varianceValue({ snapshot_quantity: 10, counted_quantity: 7, unit_cost: "0.1", currency_code: "cny" })).toBe("-0.30")
    expect(varianceValue({ snapshot_quantity: 1, counted_quantity: 4, unit_cost: "33.335", currency_code: "CNY" })).toBe("100.01")
    expect(varianceValue({ snapshot_quantity: 1, counted_quantity: 4, unit_cost: "100", currency_code: "jpy" })).toBe("300")
    expect(varianceValue({ snapshot_quantity: 1, counted_quantity: 4, unit_cost: null, currency_code: null })).toBeNull()
    expect(varianceValue({ snapshot_quantity: 1, counted_quantity: null, unit_cost: "1", currency_code: "cny" })).toBeNull()
  })

  it("totals counted lines; value only in one currency", () => {
    const lines = [
      { snapshot_quantity: 10, counted_quantity: 7, unit_cost: "2.5", currency_code: "cny" },
      { snapshot_quantity: 3, counted_quantity: 5, unit_cost: "1", currency_code: "cny" },
      { snapshot_quantity: 3, counted_quantity: 3, unit_cost: null },
      { snapshot_quantity: 3, counted_quantity: null },
    ]
    expect(countTotals(lines)).toEqual({
      lines: 4,
      counted: 3,
      variance_lines: 2,
      variance_quantity: -1,
      variance_value: "-5.50",
      currency_code: "cny",
    })
    expect(countTotals([...lines, { snapshot_quantity: 0, counted_quantity: 1, unit_cost: "1", currency_code: "usd" }]).variance_value).toBeNull()
    expect(countTotals([]).variance_value).toBeNull()
  })
})

describe("resolveCountEntries", () => {
  const lines = [
    { id: "l1", inventory_item_id: "i1", sku: "TEA-1" },
    { id: "l2", inventory_item_id: "i2", sku: "TEA-2" },
    { id: "l3", inventory_item_id: "i3", sku: null },
  ]
  it("matches by line id, item id or SKU (any case)", () => {
    expect(
      resolveCountEntries(lines, [
        { line_id: "l3", counted_quantity: 1 },
        { inventory_item_id: "i2", counted_quantity: null },
        { sku: " tea-1 ", counted_quantity: 0 },
      ])
    ).toEqual({
      updates: [
        { id: "l3", counted_quantity: 1 },
        { id: "l2", counted_quantity: null },
        { id: "l1", counted_quantity: 0 },
      ],
      errors: [],
    })
  })
  it("lists every problem with its row", () => {
    expect(
      resolveCountEntries(lines, [
        { sku: "TEA-9", counted_quantity: 1, row: 2 },
        { sku: "TEA-1", counted_quantity: -1, row: 3 },
        { sku: "TEA-2", counted_quantity: 1, row: 4 },
        { sku: "tea-2", counted_quantity: 2, row: 5 },
        { line_id: "zz", counted_quantity: 1 },
        { counted_quantity: 1 },
      ]).errors
    ).toEqual([
      'row 2: unknown SKU "TEA-9"',
      "row 3: counted quantity of TEA-1 must be a whole number ≥ 0",
      "row 5: TEA-2 was already given in row 4",
      "entry 5: line zz is not on this count",
      "entry 6: give a line_id, an inventory_item_id or a sku",
    ])
  })
})
