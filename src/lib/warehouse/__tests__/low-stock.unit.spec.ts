import { availableQuantity, decideStockAlerts, isLowStock, suggestedReorderQuantity } from "../low-stock"

describe("availableQuantity", () => {
  it.each([
    [10, 3, 7],
    ["10", "10", 0],
    [2, 5, -3],
  ])("stocked %j − reserved %j = %j", (stocked, reserved, expected) => {
    expect(availableQuantity(stocked, reserved)).toBe(expected)
  })
})

describe("isLowStock", () => {
  it.each([
    [6, 5, false],
    [5, 5, true],
    [4, 5, true],
    [0, 0, true],
    [1, 0, false],
    [-2, 0, true],
  ])("available %j, point %j ⇒ %j", (available, point, expected) => {
    expect(isLowStock(available, point)).toBe(expected)
  })
})

describe("suggestedReorderQuantity", () => {
  it.each([
    // reorder quantity set: always that
    [5, 20, 3, 20],
    [5, 20, -4, 20],
    // unset: back to twice the point
    [5, null, 3, 7],
    [5, undefined, 5, 5],
    [5, null, -2, 12],
    // at least one
    [0, null, 0, 1],
    [5, null, 10, 1],
  ])("point %j, quantity %j, available %j ⇒ %j", (point, quantity, available, expected) => {
    expect(suggestedReorderQuantity(point, quantity as number | null | undefined, available)).toBe(expected)
  })
})

describe("decideStockAlerts", () => {
  it("opens at or below the point and closes above it", () => {
    const decision = decideStockAlerts([
      { inventory_item_id: "i1", location_id: "l1", reorder_point: 5, reorder_quantity: null, available_quantity: 5 },
      { inventory_item_id: "i2", location_id: "l1", reorder_point: 5, reorder_quantity: 30, available_quantity: 2 },
      { inventory_item_id: "i3", location_id: "l2", reorder_point: 5, reorder_quantity: null, available_quantity: 6 },
    ])
    expect(decision.low).toEqual([
      { inventory_item_id: "i1", location_id: "l1", reorder_point: 5, available_quantity: 5, suggested_quantity: 5 },
      { inventory_item_id: "i2", location_id: "l1", reorder_point: 5, available_quantity: 2, suggested_quantity: 30 },
    ])
    expect(decision.recovered).toEqual([{ inventory_item_id: "i3", location_id: "l2", available_quantity: 6 }])
  })

  it("decides nothing for no readings", () => {
    expect(decideStockAlerts([])).toEqual({ low: [], recovered: [] })
  })
})
