import { defaultTimeUnit, fromDateParam, lastMonthKey, periodQuery, toDateParam } from "../report-period"

describe("report period presets", () => {
  it.each([
    // now (UTC), zone, last month
    ["2026-11-15T12:00:00Z", "Asia/Shanghai", "2026-10"],
    ["2026-01-10T12:00:00Z", "Asia/Shanghai", "2025-12"],
    // 1 Dec 01:00 in Shanghai is still 30 Nov in UTC: the merchant's calendar decides.
    ["2026-11-30T17:00:00Z", "Asia/Shanghai", "2026-11"],
    ["2026-11-30T17:00:00Z", "UTC", "2026-10"],
  ])("at %s in %s last month is %s", (now, zone, expected) => {
    expect(lastMonthKey(new Date(now), zone)).toBe(expected)
  })

  it("reads an unknown zone on the browser's calendar rather than failing", () => {
    const now = new Date(2026, 4, 20)
    expect(lastMonthKey(now, "Not/AZone")).toBe("2026-04")
  })

  it.each([
    ["this_month", {}, { period: "this_month" }],
    ["this_quarter", {}, { period: "this_quarter" }],
    ["this_year", {}, { period: "this_year" }],
    ["last_30_days", {}, { period: "last_30_days" }],
    ["last_month", {}, { period: "2026-10" }],
    ["custom", { from: "2026-11-01", to: "2026-11-30" }, { from: "2026-11-01", to: "2026-11-30" }],
    ["custom", { from: "2026-11-05", to: "2026-11-05" }, { from: "2026-11-05", to: "2026-11-05" }],
    ["custom", { from: "2026-11-01" }, null],
    ["custom", { from: "2026-11-30", to: "2026-11-01" }, null],
    ["custom", { from: "2026-10-01", to: "2026-13-01" }, null],
    ["custom", { from: "2026-02-01", to: "2026-02-30" }, null],
  ] as const)("%s %j asks for %j", (preset, range, expected) => {
    expect(periodQuery(preset, range, { now: new Date("2026-11-15T12:00:00Z"), timeZone: "Asia/Shanghai" })).toEqual(expected)
  })

  it.each([
    ["this_month", {}, "day"],
    ["last_month", {}, "day"],
    ["this_quarter", {}, "week"],
    ["this_year", {}, "month"],
    ["custom", { from: "2026-01-01", to: "2026-03-03" }, "day"],
    ["custom", { from: "2026-01-01", to: "2026-05-31" }, "week"],
    ["custom", { from: "2025-01-01", to: "2026-12-31" }, "month"],
    ["custom", {}, "day"],
  ] as const)("%s %j starts per %s", (preset, range, unit) => {
    expect(defaultTimeUnit(preset, range)).toBe(unit)
  })

  it("turns a picked day into the local date and back", () => {
    const day = new Date(2026, 1, 28)
    expect(toDateParam(day)).toBe("2026-02-28")
    expect(fromDateParam("2026-02-28")?.getTime()).toBe(day.getTime())
    expect(fromDateParam("2026-2-28")).toBeNull()
    expect(fromDateParam("2026-02-29")).toBeNull()
    expect(fromDateParam(undefined)).toBeNull()
  })
})
