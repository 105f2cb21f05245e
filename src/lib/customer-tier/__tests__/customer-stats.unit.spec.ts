import { averageSpend, purchaseFrequency } from "../customer-stats"

describe("averageSpend", () => {
  it.each([
    ["100", 3, "33.33"],
    ["200", 3, "66.67"],
    ["0", 1, "0.00"],
    ["1000.005", 1, "1000.01"],
  ])("%s over %i orders is %s", (total, orders, expected) => {
    expect(averageSpend(total, orders)).toBe(expected)
  })

  it("is null without orders", () => {
    expect(averageSpend("10", 0)).toBeNull()
  })
})

describe("purchaseFrequency (orders per 30 days over the active span)", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86400000)
  it.each([
    ["one order", 1, day(0), day(0), "1.00"],
    ["three orders within a week count the span as 30 days", 3, day(0), day(6), "3.00"],
    ["four orders over 60 days", 4, day(0), day(60), "2.00"],
    ["five orders over a year", 5, day(0), day(365), "0.41"],
  ])("%s", (_label, orders, first, last, expected) => {
    expect(purchaseFrequency(orders, first, last)).toBe(expected)
  })

  it("is null without orders", () => {
    expect(purchaseFrequency(0, null, null)).toBeNull()
  })
})
