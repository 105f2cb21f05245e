import { ruleWindows, windowStart } from "../tier-window"

describe("windowStart", () => {
  it.each([
    ["12 months back, same instant", "2026-11-25T08:30:00.000Z", 12, "2025-11-25T08:30:00.000Z"],
    ["across a year boundary", "2026-02-10T00:00:00.000Z", 3, "2025-11-10T00:00:00.000Z"],
    ["clamps to the end of a shorter month", "2026-03-31T12:00:00.000Z", 1, "2026-02-28T12:00:00.000Z"],
    ["leap year February", "2028-03-31T00:00:00.000Z", 1, "2028-02-29T00:00:00.000Z"],
    ["zero months is now", "2026-11-25T00:00:00.000Z", 0, "2026-11-25T00:00:00.000Z"],
    ["24 months", "2026-05-15T00:00:00.000Z", 24, "2024-05-15T00:00:00.000Z"],
  ])("%s", (_label, now, months, expected) => {
    expect(windowStart(new Date(now), months).toISOString()).toBe(expected)
  })
})

describe("ruleWindows", () => {
  it("lists each window length once, shortest first", () => {
    expect(ruleWindows([{ window_months: 12 }, { window_months: 3 }, { window_months: 12 }])).toEqual([3, 12])
  })
})
