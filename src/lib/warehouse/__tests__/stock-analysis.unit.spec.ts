import {
  availableQuantity,
  daysOfCover,
  formatAmount,
  isSlowMover,
  periodSince,
  singleCurrency,
  slowMoverSince,
  stockValue,
  sumByCurrency,
  turnover,
} from "../stock-analysis"

const NOW = new Date("2026-06-30T12:00:00Z")
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86400000)

describe("stock analysis maths", () => {
  it("available is on hand − reserved, never below zero", () => {
    expect(availableQuantity(10, 3)).toBe(7)
    expect(availableQuantity(2, 5)).toBe(0)
  })

  it("days of cover: available at the last 30 days' rate, one decimal; null without sales", () => {
    expect(daysOfCover(30, 30)).toBe(30)
    expect(daysOfCover(10, 3)).toBe(100)
    expect(daysOfCover(7, 9)).toBe(23.3) // 7 × 30 / 9 = 23.333…
    expect(daysOfCover(0, 9)).toBe(0)
    expect(daysOfCover(-4, 9)).toBe(0)
    expect(daysOfCover(10, 0)).toBeNull()
  })

  it("turnover: sold in the period ÷ on hand (the average on hand approximated by today's), two decimals", () => {
    expect(turnover(30, 10)).toBe(3)
    expect(turnover(1, 3)).toBe(0.33)
    expect(turnover(0, 3)).toBe(0)
    expect(turnover(5, 0)).toBeNull()
  })

  it("slow mover: on hand and nothing sold in the last N days", () => {
    expect(isSlowMover(5, null, 60, NOW)).toBe(true)
    expect(isSlowMover(5, daysAgo(61), 60, NOW)).toBe(true)
    expect(isSlowMover(5, daysAgo(59), 60, NOW)).toBe(false)
    expect(isSlowMover(5, slowMoverSince(NOW, 60), 60, NOW)).toBe(false)
    expect(isSlowMover(0, null, 60, NOW)).toBe(false)
    expect(periodSince(NOW, 30)).toEqual(daysAgo(30))
  })

  it("value: on hand × unit cost, exact, with the currency's decimals", () => {
    expect(stockValue(3, "12.5", "cny")).toBe("37.50")
    expect(stockValue(3, "0.333", "cny")).toBe("0.999")
    expect(stockValue(7, "1000", "jpy")).toBe("7000")
    expect(stockValue(0, "9.99", "usd")).toBe("0.00")
    expect(stockValue(1_000_000_007, "0.1", "cny")).toBe("100000000.70")
    expect(stockValue(3, null, "cny")).toBeNull()
    expect(stockValue(3, "1", null)).toBeNull()
    expect(formatAmount("0.1", "cny")).toBe("0.10")
  })

  it("sums values per currency, and a single value only when there is one currency", () => {
    const values = sumByCurrency([
      { currency_code: "cny", value: "0.1" },
      { currency_code: "usd", value: "5" },
      { currency_code: "CNY", value: "0.2" },
    ])
    expect(values).toEqual([
      { currency_code: "cny", value: "0.30" },
      { currency_code: "usd", value: "5.00" },
    ])
    expect(singleCurrency(values)).toEqual({ value: null, currency_code: null })
    expect(singleCurrency(values.slice(0, 1))).toEqual({ value: "0.30", currency_code: "cny" })
    expect(singleCurrency([])).toEqual({ value: null, currency_code: null })
  })
})
