import { monthRangeOf, parsePeriod, periodOf, periodRange, previousPeriod } from "../period"

const iso = (d: Date) => d.toISOString()

describe("parsePeriod", () => {
  it.each([
    ["2026-11", "2026-11"],
    ["2026-01", "2026-01"],
    ["2026-12", "2026-12"],
    ["2000-01", "2000-01"],
    ["2999-12", "2999-12"],
    ["2026-00", null],
    ["2026-13", null],
    ["2026-1", null],
    ["26-11", null],
    ["1999-12", null],
    ["3000-01", null],
    ["2026-11-01", null],
    [" 2026-11", null],
    ["2026/11", null],
    ["", null],
  ])("%j ⇒ %j", (value, expected) => {
    expect(parsePeriod(value)).toBe(expected)
  })

  it("is null for a non-string at run time", () => {
    expect(parsePeriod(202611 as unknown as string)).toBeNull()
  })
})

describe("periodRange", () => {
  it.each([
    ["2026-11", "Asia/Shanghai", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
    ["2026-12", "Asia/Shanghai", "2026-11-30T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    ["2026-01", "Asia/Shanghai", "2025-12-31T16:00:00.000Z", "2026-01-31T16:00:00.000Z"],
    ["2026-02", "UTC", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
    ["2028-02", "UTC", "2028-02-01T00:00:00.000Z", "2028-03-01T00:00:00.000Z"],
    // New York: EST (−5) until 8 March 2026, EDT (−4) until 1 November 2026.
    ["2026-03", "America/New_York", "2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z"],
    ["2026-11", "America/New_York", "2026-11-01T04:00:00.000Z", "2026-12-01T05:00:00.000Z"],
    ["2026-07", "America/New_York", "2026-07-01T04:00:00.000Z", "2026-08-01T04:00:00.000Z"],
    // Berlin: CET (+1) until 29 March 2026, CEST (+2) until 25 October 2026.
    ["2026-03", "Europe/Berlin", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
    ["2026-10", "Europe/Berlin", "2026-09-30T22:00:00.000Z", "2026-10-31T23:00:00.000Z"],
    ["2026-12", "Europe/Berlin", "2026-11-30T23:00:00.000Z", "2026-12-31T23:00:00.000Z"],
    // Half-hour and quarter-hour zones.
    ["2026-05", "Asia/Kolkata", "2026-04-30T18:30:00.000Z", "2026-05-31T18:30:00.000Z"],
    ["2026-05", "Asia/Kathmandu", "2026-04-30T18:15:00.000Z", "2026-05-31T18:15:00.000Z"],
    // Asunción skipped midnight on 1 October 2023 (clocks went 23:59:59 → 01:00): the month starts at that jump.
    ["2023-10", "America/Asuncion", "2023-10-01T04:00:00.000Z", "2023-11-01T03:00:00.000Z"],
    ["2023-09", "America/Asuncion", "2023-09-01T04:00:00.000Z", "2023-10-01T04:00:00.000Z"],
    // Havana repeats the midnight hour on 1 November 2026 (01:00 → 00:00): the month starts at its first midnight.
    ["2026-11", "America/Havana", "2026-11-01T04:00:00.000Z", "2026-12-01T05:00:00.000Z"],
    ["2026-10", "America/Havana", "2026-10-01T04:00:00.000Z", "2026-11-01T04:00:00.000Z"],
  ])("%s in %s is [%s, %s)", (period, zone, from, to) => {
    const range = periodRange(period, zone)
    expect([iso(range.from), iso(range.to)]).toEqual([from, to])
  })

  it.each([["2026-13"], ["2026-1"], ["nope"]])("rejects the period %j", (period) => {
    expect(() => periodRange(period, "Asia/Shanghai")).toThrow(RangeError)
  })

  it("rejects an unknown time zone", () => {
    expect(() => periodRange("2026-11", "Mars/Olympus_Mons")).toThrow(RangeError)
  })

  it("tiles time in every zone the runtime knows: each month starts where the last one ended, and its first instant is in it", () => {
    const zones = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf("timeZone")
    expect(zones.length).toBeGreaterThan(300)
    for (const zone of zones) {
      let period = "2026-12"
      let next = periodRange(period, zone)
      for (let i = 0; i < 12; i++) {
        const previous = previousPeriod(period)
        const range = periodRange(previous, zone)
        expect({ zone, period: previous, to: iso(range.to) }).toEqual({ zone, period: previous, to: iso(next.from) })
        expect({ zone, at: periodOf(range.from, zone) }).toEqual({ zone, at: previous })
        expect({ zone, before: periodOf(new Date(range.from.getTime() - 1), zone) }).toEqual({
          zone,
          before: previousPeriod(previous),
        })
        next = range
        period = previous
      }
    }
  })
})

describe("periodOf", () => {
  it.each([
    ["2026-10-31T15:59:59.999Z", "Asia/Shanghai", "2026-10"],
    ["2026-10-31T16:00:00.000Z", "Asia/Shanghai", "2026-11"],
    ["2026-12-31T16:00:00.000Z", "Asia/Shanghai", "2027-01"],
    ["2026-11-01T03:59:59.999Z", "America/New_York", "2026-10"],
    ["2026-11-01T04:00:00.000Z", "America/New_York", "2026-11"],
    ["2026-03-31T21:59:59.999Z", "Europe/Berlin", "2026-03"],
    ["2026-03-31T22:00:00.000Z", "Europe/Berlin", "2026-04"],
    ["2026-11-01T04:30:00.000Z", "America/Havana", "2026-11"],
    ["2026-11-01T05:30:00.000Z", "America/Havana", "2026-11"],
    ["2026-01-01T00:00:00.000Z", "UTC", "2026-01"],
  ])("%s in %s is %s", (at, zone, expected) => {
    expect(periodOf(new Date(at), zone)).toBe(expected)
  })
})

describe("previousPeriod", () => {
  it.each([
    ["2026-11", "2026-10"],
    ["2026-01", "2025-12"],
    ["2026-12", "2026-11"],
    ["2000-01", "1999-12"],
  ])("%s ⇒ %s", (period, expected) => {
    expect(previousPeriod(period)).toBe(expected)
  })

  it("rejects a malformed period", () => {
    expect(() => previousPeriod("2026-13")).toThrow(RangeError)
  })
})

describe("monthRangeOf", () => {
  it.each([
    ["2026-11-15T12:00:00.000Z", "Asia/Shanghai", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
    ["2026-10-31T16:00:00.000Z", "Asia/Shanghai", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
    ["2026-10-31T15:59:59.999Z", "Asia/Shanghai", "2026-09-30T16:00:00.000Z", "2026-10-31T16:00:00.000Z"],
    ["2026-11-01T02:00:00.000Z", "America/New_York", "2026-10-01T04:00:00.000Z", "2026-11-01T04:00:00.000Z"],
  ])("%s in %s is in [%s, %s)", (at, zone, from, to) => {
    const range = monthRangeOf(new Date(at), zone)
    expect([iso(range.from), iso(range.to)]).toEqual([from, to])
    expect(range).toEqual(periodRange(periodOf(new Date(at), zone), zone))
  })
})
