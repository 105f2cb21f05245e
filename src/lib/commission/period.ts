/**
 * Statement periods (账期) are calendar months in the merchant's time zone,
 * written "YYYY-MM". A period covers [from, to): from its first local
 * midnight up to the next month's, both as UTC instants, so DST shifts and
 * zones far from UTC (Asia/Shanghai's November starts on 31 October 16:00 UTC)
 * land every entry in the month the merchant sees on the calendar.
 *
 * Built on Intl.DateTimeFormat alone (src/lib/time/zoned-clock.ts).
 */

import { offsetAt, wallClockAt } from "../time/zoned-clock"

/** What a caller may send: years 2000–2999, months 01–12. */
const PERIOD_INPUT = /^(2\d{3})-(0[1-9]|1[0-2])$/
/** What the functions here compute with (previousPeriod may step below 2000). */
const PERIOD_ANY = /^(\d{4})-(0[1-9]|1[0-2])$/

const DAY_MS = 24 * 60 * 60 * 1000

/** The period as given when it is a valid "YYYY-MM" (2000–2999, 01–12), else null. */
export function parsePeriod(value: string): string | null {
  return typeof value === "string" && PERIOD_INPUT.test(value) ? value : null
}

function splitPeriod(period: string): { year: number; month: number } {
  const match = PERIOD_ANY.exec(period)
  if (!match) throw new RangeError(`Invalid statement period "${period}" (expected YYYY-MM)`)
  return { year: Number(match[1]), month: Number(match[2]) }
}

function formatPeriod(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`
}





function monthIndexAt(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone)
  return w.year * 12 + (w.month - 1)
}

/**
 * The first instant whose local date is in the month: local midnight on the
 * 1st, or — where a DST change skips that midnight — the instant the clocks
 * jump, or — where midnight happens twice — its first occurrence.
 */
function startOfMonth(year: number, month: number, timeZone: string): Date {
  const wallMidnight = Date.UTC(year, month - 1, 1)
  const target = year * 12 + (month - 1)
  // Midnight under each offset in force around it; at most one change happens there.
  const offsets = new Set([
    offsetAt(wallMidnight - DAY_MS, timeZone),
    offsetAt(wallMidnight, timeZone),
    offsetAt(wallMidnight + DAY_MS, timeZone),
  ])
  let start: number | undefined
  for (const offset of offsets) {
    const candidate = wallMidnight - offset
    if (monthIndexAt(candidate, timeZone) >= target && (start === undefined || candidate < start)) {
      start = candidate
    }
  }
  if (start === undefined) {
    throw new RangeError(`Cannot find the start of ${formatPeriod(year, month)} in ${timeZone}`)
  }
  return new Date(start)
}

/** The period's [from, to) as UTC instants: local midnight on the 1st to the next month's. */
export function periodRange(period: string, timeZone: string): { from: Date; to: Date } {
  const { year, month } = splitPeriod(period)
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
  return {
    from: startOfMonth(year, month, timeZone),
    to: startOfMonth(next.year, next.month, timeZone),
  }
}

/** The period ("YYYY-MM") that `date` falls in, on the merchant's calendar. */
export function periodOf(date: Date, timeZone: string): string {
  const w = wallClockAt(date.getTime(), timeZone)
  return formatPeriod(w.year, w.month)
}

/** The month before `period`. */
export function previousPeriod(period: string): string {
  const { year, month } = splitPeriod(period)
  return month === 1 ? formatPeriod(year - 1, 12) : formatPeriod(year, month - 1)
}

/** The [from, to) of the local calendar month that `date` falls in. */
export function monthRangeOf(date: Date, timeZone: string): { from: Date; to: Date } {
  return periodRange(periodOf(date, timeZone), timeZone)
}
