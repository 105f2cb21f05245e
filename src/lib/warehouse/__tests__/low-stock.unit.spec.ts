import { availableQuantity, decideStockAlerts, isLowStock, needsStockAlertEvaluation, suggestedReorderQuantity } from "../low-stock"

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

describe("needsStockAlertEvaluation", () => {
  // [reorder point (null: no threshold), alert open, available (undefined: no level), evaluation could change an alert]
  it.each([
    [5, false, 6, false], // watched, well stocked, nothing open: the checkout case
    [5, false, 5, true], // at the point: opens
    [5, false, -1, true], // over-reserved: opens
    [5, true, 3, false], // still low, already open: opening again is a no-op
    [5, true, 6, true], // recovered: closes the open alert
    [0, true, 1, true],
    [5, false, undefined, false], // no level there: not judged
    [5, true, undefined, false],
    [null, true, 100, true], // threshold removed, alert still open: closes
    [null, true, undefined, true], // … even without a level
    [null, false, 0, false],
  ] as const)("threshold %j, open %j, available %j → %j", (reorderPoint, open, available, expected) => {
    expect(needsStockAlertEvaluation({ reorder_point: reorderPoint, has_open_alert: open }, available)).toBe(expected)
  })

  it("agrees with decideStockAlerts on every threshold reading: skipped readings decide nothing new", () => {
    for (const reorderPoint of [0, 1, 5]) {
      for (let available = -2; available <= 8; available++) {
        for (const open of [false, true]) {
          const { low, recovered } = decideStockAlerts([
            { inventory_item_id: "i", location_id: "l", reorder_point: reorderPoint, reorder_quantity: null, available_quantity: available },
          ])
          // Opening changes something only without an open alert, closing only with one.
          const changes = (low.length > 0 && !open) || (recovered.length > 0 && open)
          expect([reorderPoint, available, open, needsStockAlertEvaluation({ reorder_point: reorderPoint, has_open_alert: open }, available)]).toEqual([
            reorderPoint,
            available,
            open,
            changes,
          ])
        }
      }
    }
  })
})
