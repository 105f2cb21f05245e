import { fillTrend, trendUnit } from "../trend"

describe("trend", () => {
  it("draws a month or shorter in days, longer in months", () => {
    const day = 24 * 60 * 60 * 1000
    const from = new Date("2026-11-01T00:00:00Z")
    expect(trendUnit({ from, to: new Date(from.getTime() + 30 * day) })).toBe("day")
    expect(trendUnit({ from, to: new Date(from.getTime() + 62 * day) })).toBe("day")
    expect(trendUnit({ from, to: new Date(from.getTime() + 92 * day) })).toBe("month")
  })

  it("fills every key, zero where nothing happened", () => {
    expect(fillTrend(["2026-11-01", "2026-11-02", "2026-11-03"], [{ key: "2026-11-02", net_sales: "10.00", order_count: 2, commission: "1.00" }])).toEqual([
      { key: "2026-11-01", net_sales: "0", order_count: 0, commission: "0" },
      { key: "2026-11-02", net_sales: "10.00", order_count: 2, commission: "1.00" },
      { key: "2026-11-03", net_sales: "0", order_count: 0, commission: "0" },
    ])
  })
})
