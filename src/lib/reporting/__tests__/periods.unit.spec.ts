import {
  bucketKeyOf,
  bucketKeys,
  bucketKeySql,
  bucketLabel,
  bucketSql,
  parseReportPeriod,
  previousReportPeriod,
  ReportPeriodError,
  reportPeriodOrThrow,
  sqlTimeZone,
  startOfLocalDay,
} from "../periods"

const SH = "Asia/Shanghai"
const NY = "America/New_York"
const iso = (d: Date) => d.toISOString()
// 2026-11-15 10:00 in Shanghai
const NOW = new Date("2026-11-15T02:00:00Z")

const range = (p: { from: Date; to: Date }) => [iso(p.from), iso(p.to)]

describe("parseReportPeriod", () => {
  it.each([
    ["2026-11", SH, "month", "2026-11", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
    ["2026-Q4", SH, "quarter", "2026-Q4", "2026-09-30T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    ["2026-q1", SH, "quarter", "2026-Q1", "2025-12-31T16:00:00.000Z", "2026-03-31T16:00:00.000Z"],
    ["2026", SH, "year", "2026", "2025-12-31T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    ["2026", "UTC", "year", "2026", "2026-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
    ["2026-03", NY, "month", "2026-03", "2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z"],
    ["this_month", SH, "month", "2026-11", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
    ["this_quarter", SH, "quarter", "2026-Q4", "2026-09-30T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    ["this_year", SH, "year", "2026", "2025-12-31T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    // the 30 local days ending today (15 Nov), today included
    ["last_30_days", SH, "last_days", "last_30_days", "2026-10-16T16:00:00.000Z", "2026-11-15T16:00:00.000Z"],
    ["last_1_days", SH, "last_days", "last_1_days", "2026-11-14T16:00:00.000Z", "2026-11-15T16:00:00.000Z"],
  ])("%s in %s", (period, tz, kind, key, from, to) => {
    const p = parseReportPeriod({ period }, tz, { now: NOW })
    expect(p.kind).toBe(kind)
    expect(p.key).toBe(key)
    expect(range(p)).toEqual([from, to])
    expect(p.timezone).toBe(tz)
  })

  it("defaults to this month, or the fallback given", () => {
    expect(parseReportPeriod({}, SH, { now: NOW }).key).toBe("2026-11")
    expect(parseReportPeriod({ period: "" }, SH, { now: NOW }).key).toBe("2026-11")
    expect(parseReportPeriod({}, SH, { now: NOW, fallback: "last_7_days" }).key).toBe("last_7_days")
  })

  it("takes the merchant's day, not UTC's: 23:30 on 31 Oct UTC is already November in Shanghai", () => {
    const p = parseReportPeriod({ period: "this_month" }, SH, { now: new Date("2026-10-31T23:30:00Z") })
    expect(p.key).toBe("2026-11")
  })

  it("reads date-only custom bounds as whole local days, to included", () => {
    const p = parseReportPeriod({ period: "custom", from: "2026-11-01", to: "2026-11-30" }, SH)
    expect(p.kind).toBe("custom")
    expect(p.days).toBe(30)
    expect(range(p)).toEqual(["2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"])
    expect(p.label).toBe("2026-11-01 – 2026-11-30")
    // period=custom may be left out
    expect(range(parseReportPeriod({ from: "2026-11-01", to: "2026-11-01" }, SH))).toEqual([
      "2026-10-31T16:00:00.000Z",
      "2026-11-01T16:00:00.000Z",
    ])
  })

  it("reads timestamps as instants, to excluded", () => {
    const p = parseReportPeriod({ from: "2026-11-01T00:00:00Z", to: "2026-11-02T12:00:00+08:00" }, SH)
    expect(range(p)).toEqual(["2026-11-01T00:00:00.000Z", "2026-11-02T04:00:00.000Z"])
    expect(p.days).toBeNull()
    expect(range(parseReportPeriod({ from: new Date("2026-01-01T00:00:00Z"), to: "2026-01-02" }, "UTC"))).toEqual([
      "2026-01-01T00:00:00.000Z",
      "2026-01-03T00:00:00.000Z",
    ])
  })

  it.each([
    [{ period: "2026-13" }, /Unknown period/],
    [{ period: "1999-12" }, /Unknown period/],
    [{ period: "2026-Q5" }, /Unknown period/],
    [{ period: "last_0_days" }, /1 to 3660/],
    [{ period: "last_9999_days" }, /1 to 3660/],
    [{ period: "yesterday" }, /Unknown period/],
    [{ period: "custom" }, /needs from and to/],
    [{ period: "2026-11", from: "2026-11-01", to: "2026-11-02" }, /either period or from\/to/],
    [{ from: "2026-11-01" }, /go together/],
    [{ from: "2026-11-02", to: "2026-11-01" }, /not be after/],
    [{ from: "2026-11-01T00:00:00Z", to: "2026-11-01T00:00:00Z" }, /before to/],
    [{ from: "2026-02-30", to: "2026-03-01" }, /must be a date/],
    [{ from: "2026-11-01T00:00:00", to: "2026-11-02" }, /with its zone/],
    [{ from: "2016-01-01", to: "2026-12-31" }, /at most 3660 days/],
  ])("refuses %j", (input, message) => {
    expect(() => parseReportPeriod(input as any, SH, { now: NOW })).toThrow(ReportPeriodError)
    expect(() => parseReportPeriod(input as any, SH, { now: NOW })).toThrow(message)
  })

  it("refuses an unknown time zone", () => {
    expect(() => parseReportPeriod({ period: "2026-11" }, "Mars/Olympus")).toThrow(/Unknown time zone/)
  })

  it("reportPeriodOrThrow turns a bad period into a 400", () => {
    expect(() => reportPeriodOrThrow({ period: "nope" }, SH)).toThrow(
      expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("Unknown period") })
    )
  })
})

describe("previousReportPeriod", () => {
  const prev = (input: any, tz = SH) => previousReportPeriod(parseReportPeriod(input, tz, { now: NOW }))

  it.each([
    [{ period: "2026-11" }, "2026-10", "2026-09-30T16:00:00.000Z", "2026-10-31T16:00:00.000Z"],
    [{ period: "2026-01" }, "2025-12", "2025-11-30T16:00:00.000Z", "2025-12-31T16:00:00.000Z"],
    [{ period: "2026-Q1" }, "2025-Q4", "2025-09-30T16:00:00.000Z", "2025-12-31T16:00:00.000Z"],
    [{ period: "2026-Q3" }, "2026-Q2", "2026-03-31T16:00:00.000Z", "2026-06-30T16:00:00.000Z"],
    [{ period: "2026" }, "2025", "2024-12-31T16:00:00.000Z", "2025-12-31T16:00:00.000Z"],
    [{ period: "last_30_days" }, "last_30_days", "2026-09-16T16:00:00.000Z", "2026-10-16T16:00:00.000Z"],
    [{ from: "2026-11-01", to: "2026-11-10" }, "custom", "2026-10-21T16:00:00.000Z", "2026-10-31T16:00:00.000Z"],
    [{ from: "2026-11-01T00:00:00Z", to: "2026-11-01T06:00:00Z" }, "custom", "2026-10-31T18:00:00.000Z", "2026-11-01T00:00:00.000Z"],
  ])("before %j is %s", (input, key, from, to) => {
    const p = prev(input)
    expect(p.key).toBe(key)
    expect(range(p)).toEqual([from, to])
  })

  it("a rolling range keeps its number of local days across a DST change", () => {
    // New York leaves DST on 1 Nov 2026: the 7 days before 8 Nov are 169 hours long.
    const p = parseReportPeriod({ from: "2026-11-08", to: "2026-11-14" }, NY)
    const before = previousReportPeriod(p)
    expect(before.days).toBe(7)
    expect(range(before)).toEqual(["2026-11-01T04:00:00.000Z", "2026-11-08T05:00:00.000Z"])
  })

  it("ends where the period starts", () => {
    for (const period of ["2026-03", "2026-Q2", "2026", "last_7_days"]) {
      const p = parseReportPeriod({ period }, NY, { now: NOW })
      expect(iso(previousReportPeriod(p).to)).toBe(iso(p.from))
    }
  })
})

describe("startOfLocalDay", () => {
  it("is local midnight, or the first instant of a day whose midnight is skipped", () => {
    expect(iso(startOfLocalDay({ year: 2026, month: 11, day: 1 }, SH))).toBe("2026-10-31T16:00:00.000Z")
    // São Paulo used to skip midnight when DST began (4 Nov 2018: 00:00 → 01:00).
    expect(iso(startOfLocalDay({ year: 2018, month: 11, day: 4 }, "America/Sao_Paulo"))).toBe("2018-11-04T03:00:00.000Z")
  })
})

describe("buckets", () => {
  it("inlines the zone as a checked literal, or uses the caller's placeholder", () => {
    expect(bucketSql("month", SH)).toBe("date_trunc('month', placed_at AT TIME ZONE 'Asia/Shanghai')")
    expect(bucketSql("day", SH, "f.placed_at", "$2")).toBe("date_trunc('day', f.placed_at AT TIME ZONE $2)")
    expect(bucketKeySql("week", SH)).toBe(
      "to_char(date_trunc('week', placed_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')"
    )
    expect(sqlTimeZone("UTC")).toBe("'UTC'")
    expect(() => sqlTimeZone("x'; drop table sales_fact; --")).toThrow(/Unknown time zone/)
    expect(() => bucketSql("hour" as any, SH)).toThrow(/Unknown bucket unit/)
  })

  it.each([
    ["2026-11-30T15:59:59Z", "day", "2026-11-30"],
    ["2026-11-30T16:00:00Z", "day", "2026-12-01"],
    ["2026-11-30T16:00:00Z", "month", "2026-12"],
    ["2026-11-29T16:00:00Z", "week", "2026-11-30"], // Monday 30 Nov local
    ["2026-11-29T15:00:00Z", "week", "2026-11-23"], // Sunday 29 Nov local
  ] as const)("bucketKeyOf(%s, %s) = %s", (at, unit, key) => {
    expect(bucketKeyOf(new Date(at), unit, SH)).toBe(key)
  })

  it("labels weeks by ISO week number", () => {
    expect(bucketLabel("2026-11-23", "week")).toBe("2026-W48")
    expect(bucketLabel("2025-12-29", "week")).toBe("2026-W01")
    expect(bucketLabel("2027-01-04", "week")).toBe("2027-W01")
    expect(bucketLabel("2026-11", "month")).toBe("2026-11")
  })

  it("lists every bucket of a period", () => {
    const nov = parseReportPeriod({ period: "2026-11" }, SH)
    const days = bucketKeys(nov, "day")
    expect(days).toHaveLength(30)
    expect(days[0]).toBe("2026-11-01")
    expect(days[29]).toBe("2026-11-30")
    expect(bucketKeys(nov, "week")).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"])
    expect(bucketKeys(parseReportPeriod({ period: "2026" }, SH), "month")).toHaveLength(12)
    expect(bucketKeys(parseReportPeriod({ from: "2025-11-15", to: "2026-02-01" }, SH), "month")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ])
    expect(() => bucketKeys(parseReportPeriod({ period: "2026" }, SH), "day", 100)).toThrow(/More than 100 days/)
  })
})
