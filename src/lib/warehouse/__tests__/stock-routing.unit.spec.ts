import { chooseStockLocation, quantitiesToMove, restockSource, restockStatus, shortfalls } from "../stock-routing"

const level = (location_id: string, inventory_item_id: string, stocked_quantity: number, reserved_quantity = 0) => ({
  location_id,
  inventory_item_id,
  stocked_quantity,
  reserved_quantity,
})
const res = (inventory_item_id: string, location_id: string, quantity: number) => ({ inventory_item_id, location_id, quantity })

describe("chooseStockLocation", () => {
  const order = [res("i1", "producer", 2), res("i2", "producer", 1)]

  it.each([
    ["every item available at the dealer", [level("dealer", "i1", 5), level("dealer", "i2", 1)], "dealer"],
    ["one item short", [level("dealer", "i1", 5), level("dealer", "i2", 1, 1)], null],
    ["one item has no level there", [level("dealer", "i1", 5)], null],
    ["reserved by others counts against available", [level("dealer", "i1", 3, 2), level("dealer", "i2", 4)], null],
    ["exactly enough", [level("dealer", "i1", 4, 2), level("dealer", "i2", 1)], "dealer"],
  ])("%s", (_name, levels, expected) => {
    expect(chooseStockLocation(["dealer"], order, levels)).toBe(expected)
  })

  it("takes the first candidate in order of preference that has everything", () => {
    const levels = [level("a", "i1", 1), level("a", "i2", 1), level("b", "i1", 2), level("b", "i2", 1), level("c", "i1", 9), level("c", "i2", 9)]
    expect(chooseStockLocation(["a", "b", "c"], order, levels)).toBe("b")
  })

  it("counts reservations already at a candidate as its own (a repeated run keeps them there)", () => {
    const already = [res("i1", "dealer", 2), res("i2", "dealer", 1)]
    // The dealer's reserved quantity already includes this order's 2 + 1.
    const levels = [level("dealer", "i1", 2, 2), level("dealer", "i2", 1, 1)]
    expect(chooseStockLocation(["dealer"], already, levels)).toBe("dealer")
    expect(quantitiesToMove("dealer", already).size).toBe(0)
  })

  it("sums several reservations of the same item", () => {
    const split = [res("i1", "p", 2), res("i1", "q", 3)]
    expect(quantitiesToMove("dealer", split).get("i1")).toBe(5)
    expect(shortfalls("dealer", split, [level("dealer", "i1", 4)])).toEqual([{ inventory_item_id: "i1", needed: 5, available: 4 }])
  })

  it("an order without reservations (no managed inventory) does not move", () => {
    expect(chooseStockLocation(["dealer"], [], [level("dealer", "i1", 5)])).toBeNull()
  })
})

describe("restockSource", () => {
  it("ships from the upline's chosen location", () => {
    expect(restockSource({ location_id: "up_loc", dealer_id: "dlr_up" }, [res("i1", "producer", 1)])).toEqual({
      source_location_id: "up_loc",
      source_dealer_id: "dlr_up",
    })
  })
  it("falls back to the producer's location holding most of the order", () => {
    expect(restockSource(null, [res("i1", "p1", 1), res("i2", "p2", 3)])).toEqual({ source_location_id: "p2", source_dealer_id: null })
  })
  it("no reservations: no known source", () => {
    expect(restockSource(null, [])).toEqual({ source_location_id: null, source_dealer_id: null })
  })
})

describe("restockStatus", () => {
  const ordered = [
    { inventory_item_id: "i1", quantity: 3 },
    { inventory_item_id: "i2", quantity: 1 },
  ]
  it.each([
    ["nothing received", [], "placed"],
    ["part of one item", [{ inventory_item_id: "i1", quantity: 2 }], "partially_received"],
    ["one item in full, the other not", [{ inventory_item_id: "i1", quantity: 3 }], "partially_received"],
    [
      "everything over two receipts",
      [
        { inventory_item_id: "i1", quantity: 1 },
        { inventory_item_id: "i2", quantity: 1 },
        { inventory_item_id: "i1", quantity: 2 },
      ],
      "received",
    ],
  ])("%s → %s", (_name, received, expected) => {
    expect(restockStatus(ordered, received as any)).toBe(expected)
  })
})
