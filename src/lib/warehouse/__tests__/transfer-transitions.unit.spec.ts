import { planReceipt, transferLineErrors, transferMovements, transferTotals, transferTransitionError } from "../transfer-transitions"

const transfer = (status: any) => ({
  display_id: 7,
  status,
  from_location_id: "sloc_a",
  to_location_id: "sloc_b",
  lines: [
    { id: "l1", inventory_item_id: "i1", sku: "TEA-1", quantity: 4, received_quantity: 3 },
    { id: "l2", inventory_item_id: "i2", sku: null, quantity: 2, received_quantity: 0 },
  ],
})

describe("transfer transitions", () => {
  it.each([
    ["draft", "ship", null],
    ["draft", "cancel", null],
    ["draft", "edit", null],
    ["shipped", "receive", null],
    ["shipped", "cancel", null],
    ["draft", "receive", "Transfer #7 is draft; only a shipped transfer can be received."],
    ["shipped", "ship", "Transfer #7 is shipped; only a draft transfer can be shipped."],
    ["received", "receive", "Transfer #7 is received; only a shipped transfer can be received."],
    ["received", "cancel", "Transfer #7 is received; only a draft or shipped transfer can be canceled."],
    ["canceled", "ship", "Transfer #7 is canceled; only a draft transfer can be shipped."],
    ["canceled", "cancel", "Transfer #7 is canceled; only a draft or shipped transfer can be canceled."],
    ["shipped", "edit", "Transfer #7 is shipped; only a draft transfer can be edited."],
  ])("%s → %s", (status, action, error) => {
    expect(transferTransitionError({ display_id: 7, status: status as any }, action as any)).toBe(error)
  })

  it("ship takes the quantities out of the source", () => {
    expect(transferMovements("ship", transfer("draft"))).toEqual([
      { inventory_item_id: "i1", location_id: "sloc_a", adjustment: -4, verb: "shipping", sku: "TEA-1" },
      { inventory_item_id: "i2", location_id: "sloc_a", adjustment: -2, verb: "shipping" },
    ])
  })

  it("receive puts the received quantities into the target, creating levels, skipping zero", () => {
    expect(transferMovements("receive", transfer("shipped"))).toEqual([
      { inventory_item_id: "i1", location_id: "sloc_b", adjustment: 3, create_missing_level: true, sku: "TEA-1" },
    ])
  })

  it("cancel puts a shipped transfer's stock back, and moves nothing for a draft", () => {
    expect(transferMovements("cancel", transfer("draft"))).toEqual([])
    expect(transferMovements("cancel", transfer("shipped")).map((m) => [m.location_id, m.adjustment])).toEqual([
      ["sloc_a", 4],
      ["sloc_a", 2],
    ])
  })
})

describe("planReceipt", () => {
  const lines = transfer("shipped").lines
  it("receives omitted lines in full and records shortfalls as discrepancies", () => {
    expect(planReceipt(lines, [{ line_id: "l1", received_quantity: 1, note: " broken " }])).toEqual({
      receipts: [
        { id: "l1", received_quantity: 1, discrepancy_quantity: 3, discrepancy_note: "broken" },
        { id: "l2", received_quantity: 2, discrepancy_quantity: 0, discrepancy_note: null },
      ],
      errors: [],
    })
  })
  it("reports every bad line", () => {
    const { errors } = planReceipt(lines, [
      { line_id: "l1", received_quantity: 5 },
      { line_id: "l2", received_quantity: -1 },
      { line_id: "zz", received_quantity: 1 },
    ])
    expect(errors).toEqual([
      "SKU TEA-1: received quantity must be a whole number from 0 to the 4 shipped (got 5).",
      "SKU i2: received quantity must be a whole number from 0 to the 2 shipped (got -1).",
      "Line zz is not on this transfer.",
    ])
  })
  it("refuses a line given twice", () => {
    expect(planReceipt(lines, [{ line_id: "l1", received_quantity: 1 }, { line_id: "l1", received_quantity: 2 }]).errors).toEqual([
      "Line TEA-1 is given twice.",
    ])
  })
})

describe("transfer lines", () => {
  it("totals", () => {
    expect(transferTotals([{ quantity: 4, received_quantity: 3, discrepancy_quantity: 1 }, { quantity: 2 }])).toEqual({
      line_count: 2,
      total_quantity: 6,
      received_quantity: 3,
      discrepancy_quantity: 1,
    })
  })
  it("errors name the item", () => {
    expect(
      transferLineErrors(
        [
          { inventory_item_id: "i1", quantity: 1 },
          { inventory_item_id: "i1", quantity: 0 },
          { inventory_item_id: "i2", quantity: 1.5 },
        ],
        (id) => `SKU ${id.toUpperCase()}`
      )
    ).toEqual([
      "SKU I1 is on the transfer twice; give it once with the total quantity.",
      "SKU I1: quantity must be a positive whole number (got 0).",
      "SKU I2: quantity must be a positive whole number (got 1.5).",
    ])
  })
})
