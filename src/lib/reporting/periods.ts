import { MedusaError } from "@medusajs/framework/utils"
import { periodRange } from "../commission/period"
import { type LocalDate, offsetAt, wallClockAt } from "../time/zoned-clock"

/**
 * Report periods on the merchant's calendar (the `timezone` plugin option),
 * shared by every report of the plugin (sales, commission, dealer
 * performance, customers). A period is a half-open range [from, to) of UTC
 * instants whose ends are local midnights, so an order placed at 23:30 in
 * Shanghai on 30 November is November's, whatever the server's zone.
 *
 * What a caller may ask for (`period=`):
 * - `2026-11` a month, `2026-Q4` a quarter, `2026` a year;
 * - `this_month`, `this_quarter`, `this_year` — the calendar unit containing now;
 * - `last_30_days` (`last_N_days`, N 1–3660) — the N local days ending today, today included;
 * - `custom` (or no `period`) with `from` and `to`: dates `YYYY-MM-DD` are local
 *   days, `to` included; full ISO timestamps are exact instants, `to` excluded.
 *
 * The previous period of a calendar unit is the unit before (October for
 * November); of a rolling or custom range, the range of equal length right
 * before it.
 *
 * Built on Intl.DateTimeFormat and PostgreSQL's own zone data: no dependency.
 */

export const BUCKET_UNITS = ["day", "week", "month"] as const
export type BucketUnit = (typeof BUCKET_UNITS)[number]

export type ReportPeriodKind = "month" | "quarter" | "year" | "last_days" | "custom"

export type ReportPeriod = {
  kind: ReportPeriodKind
  /** Canonical name: "2026-11", "2026-Q4", "2026", "last_30_days", "custom". */
  key: string
  /** For people: "2026-11", "2026-Q4", "2026", "2026-11-01 – 2026-11-30". */
  label: string
  /** Inclusive start, a local midnight. */
  from: Date
  /** Exclusive end. */
  to: Date
  timezone: string
  /** Length in local days when the range is made of whole local days (rolling and date-only custom). */
  days: number | null
}

export type ReportPeriodInput = {
  period?: string | null
  from?: string | Date | null
  to?: string | Date | null
}

/** A period the caller asked for that cannot be read; the message says why (for a 400). */
export class ReportPeriodError extends RangeError {}

const MONTH = /^(2\d{3})-(0[1-9]|1[0-2])$/
const QUARTER = /^(2\d{3})-Q([1-4])$/i
const YEAR = /^(2\d{3})$/
const LAST_DAYS = /^last_(\d{1,4})_days$/
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const MAX_DAYS = 3660
const DAY_MS = 24 * 60 * 60 * 1000

/** Every value `period=` may take, as a regular expression (for validators and docs). */
export const REPORT_PERIOD_PATTERN =
  /^(2\d{3}-(0[1-9]|1[0-2])|2\d{3}-[Qq][1-4]|2\d{3}|this_month|this_quarter|this_year|last_\d{1,4}_days|custom)$/

// ---------------------------------------------------------------------------
// Local calendar arithmetic

export type { LocalDate }

const dayNumber = (d: LocalDate) => Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS)

/** The local date `instant` falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const w = wallClockAt(instant.getTime(), timeZone)
  return { year: w.year, month: w.month, day: w.day }
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/**
 * The first instant of a local day: its midnight, or — where a DST change
 * skips midnight — the instant the clocks jump, or — where midnight happens
 * twice — its first occurrence.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const wallMidnight = Date.UTC(date.year, date.month - 1, date.day)
  const target = dayNumber(date)
  const offsets = new Set([
    offsetAt(wallMidnight - DAY_MS, timeZone),
    offsetAt(wallMidnight, timeZone),
    offsetAt(wallMidnight + DAY_MS, timeZone),
  ])
  let start: number | undefined
  for (const offset of offsets) {
    const candidate = wallMidnight - offset
    if (dayNumber(localDateOf(new Date(candidate), timeZone)) >= target && (start === undefined || candidate < start)) {
      start = candidate
    }
  }
  if (start === undefined) {
    throw new RangeError(`Cannot find the start of ${formatDate(date)} in ${timeZone}`)
  }
  return new Date(start)
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0")
export const formatDate = (d: LocalDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
const formatMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`

function assertTimeZone(timeZone: string) {
  try {
    wallClockAt(0, timeZone)
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}"`)
  }
}

// ---------------------------------------------------------------------------
// Periods

function monthPeriod(year: number, month: number, timeZone: string): ReportPeriod {
  const key = formatMonth(year, month)
  const { from, to } = periodRange(key, timeZone)
  return { kind: "month", key, label: key, from, to, timezone: timeZone, days: null }
}

function quarterPeriod(year: number, quarter: number, timeZone: string): ReportPeriod {
  const firstMonth = (quarter - 1) * 3 + 1
  const from = periodRange(formatMonth(year, firstMonth), timeZone).from
  const to = periodRange(formatMonth(year, firstMonth + 2), timeZone).to
  const key = `${pad(year, 4)}-Q${quarter}`
  return { kind: "quarter", key, label: key, from, to, timezone: timeZone, days: null }
}

function yearPeriod(year: number, timeZone: string): ReportPeriod {
  const from = periodRange(formatMonth(year, 1), timeZone).from
  const to = periodRange(formatMonth(year, 12), timeZone).to
  const key = pad(year, 4)
  return { kind: "year", key, label: key, from, to, timezone: timeZone, days: null }
}

/** Whole local days [first, first + days). */
function daysPeriod(kind: "last_days" | "custom", key: string, first: LocalDate, days: number, timeZone: string): ReportPeriod {
  const last = addDays(first, days - 1)
  return {
    kind,
    key,
    label: `${formatDate(first)} – ${formatDate(last)}`,
    from: startOfLocalDay(first, timeZone),
    to: startOfLocalDay(addDays(first, days), timeZone),
    timezone: timeZone,
    days,
  }
}

function parseLocalDate(value: string): LocalDate | null {
  const match = DATE_ONLY.exec(value)
  if (!match) return null
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  const check = addDays(date, 0)
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : null
}

function parseBound(value: string | Date, name: "from" | "to"): { date: LocalDate } | { instant: Date } {
  if (value instanceof Date) {
    if (isNaN(value.getTime())) throw new ReportPeriodError(`${name} is not a valid date.`)
    return { instant: value }
  }
  const text = String(value).trim()
  const date = parseLocalDate(text)
  if (date) return { date }
  // A timestamp must say its zone, or it would be read in the server's.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const instant = new Date(text)
    if (!isNaN(instant.getTime())) return { instant }
  }
  throw new ReportPeriodError(
    `${name} must be a date such as 2026-11-01 (a local day) or a timestamp with its zone such as 2026-11-01T00:00:00+08:00.`
  )
}

function customPeriod(fromValue: string | Date, toValue: string | Date, timeZone: string): ReportPeriod {
  const from = parseBound(fromValue, "from")
  const to = parseBound(toValue, "to")
  if ("date" in from && "date" in to) {
    const days = dayNumber(to.date) - dayNumber(from.date) + 1
    if (days < 1) throw new ReportPeriodError("from must not be after to.")
    if (days > MAX_DAYS) throw new ReportPeriodError(`A custom period covers at most ${MAX_DAYS} days.`)
    return daysPeriod("custom", "custom", from.date, days, timeZone)
  }
  // A date-only `to` is a whole day: the range ends at the next local midnight.
  const start = "date" in from ? startOfLocalDay(from.date, timeZone) : from.instant
  const end = "date" in to ? startOfLocalDay(addDays(to.date, 1), timeZone) : to.instant
  if (!(start < end)) throw new ReportPeriodError("from must be before to.")
  if (end.getTime() - start.getTime() > MAX_DAYS * DAY_MS) {
    throw new ReportPeriodError(`A custom period covers at most ${MAX_DAYS} days.`)
  }
  return {
    kind: "custom",
    key: "custom",
    label: `${start.toISOString()} – ${end.toISOString()}`,
    from: start,
    to: end,
    timezone: timeZone,
    days: null,
  }
}

/**
 * Reads `period` / `from` / `to` into a range on the merchant's calendar.
 * With nothing given, `fallback` (this month by default). Throws
 * `ReportPeriodError` with a message for the caller.
 */
export function parseReportPeriod(
  input: ReportPeriodInput,
  timeZone: string,
  options: { now?: Date; fallback?: string } = {}
): ReportPeriod {
  assertTimeZone(timeZone)
  const now = options.now ?? new Date()
  const period = input.period == null || input.period === "" ? null : String(input.period).trim()
  const hasFrom = input.from != null && input.from !== ""
  const hasTo = input.to != null && input.to !== ""

  if (period && period !== "custom" && (hasFrom || hasTo)) {
    throw new ReportPeriodError("Give either period or from/to, not both.")
  }
  if (hasFrom !== hasTo) {
    throw new ReportPeriodError("from and to go together.")
  }
  if (hasFrom && hasTo) {
    return customPeriod(input.from!, input.to!, timeZone)
  }
  if (period === "custom") {
    throw new ReportPeriodError("A custom period needs from and to.")
  }

  const name = period ?? options.fallback ?? "this_month"
  const today = localDateOf(now, timeZone)
  let match: RegExpExecArray | null
  if (name === "this_month") return monthPeriod(today.year, today.month, timeZone)
  if (name === "this_quarter") return quarterPeriod(today.year, Math.ceil(today.month / 3), timeZone)
  if (name === "this_year") return yearPeriod(today.year, timeZone)
  if ((match = MONTH.exec(name))) return monthPeriod(Number(match[1]), Number(match[2]), timeZone)
  if ((match = QUARTER.exec(name))) return quarterPeriod(Number(match[1]), Number(match[2]), timeZone)
  if ((match = YEAR.exec(name))) return yearPeriod(Number(match[1]), timeZone)
  if ((match = LAST_DAYS.exec(name))) {
    const days = Number(match[1])
    if (days < 1 || days > MAX_DAYS) {
      throw new ReportPeriodError(`last_N_days takes N from 1 to ${MAX_DAYS}.`)
    }
    return daysPeriod("last_days", `last_${days}_days`, addDays(today, 1 - days), days, timeZone)
  }
  throw new ReportPeriodError(
    `Unknown period "${name}": use a month (2026-11), a quarter (2026-Q4), a year (2026), this_month, this_quarter, this_year, last_30_days, or from and to.`
  )
}

/** As `parseReportPeriod`, with an unreadable period as Medusa's 400 (`invalid_data`). */
export function reportPeriodOrThrow(
  input: ReportPeriodInput,
  timeZone: string,
  options: { now?: Date; fallback?: string } = {}
): ReportPeriod {
  try {
    return parseReportPeriod(input, timeZone, options)
  } catch (e) {
    if (e instanceof ReportPeriodError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    }
    throw e
  }
}

/**
 * The period to compare with: the calendar unit before a month, quarter or
 * year; the same number of local days before a rolling or date-only range;
 * the same length of time before an instant range.
 */
export function previousReportPeriod(period: ReportPeriod): ReportPeriod {
  const tz = period.timezone
  const start = localDateOf(period.from, tz)
  switch (period.kind) {
    case "month":
      return start.month === 1 ? monthPeriod(start.year - 1, 12, tz) : monthPeriod(start.year, start.month - 1, tz)
    case "quarter": {
      const quarter = Math.ceil(start.month / 3)
      return quarter === 1 ? quarterPeriod(start.year - 1, 4, tz) : quarterPeriod(start.year, quarter - 1, tz)
    }
    case "year":
      return yearPeriod(start.year - 1, tz)
    default:
      if (period.days != null) {
        return daysPeriod(period.kind, period.key, addDays(start, -period.days), period.days, tz)
      }
      {
        const length = period.to.getTime() - period.from.getTime()
        const from = new Date(period.from.getTime() - length)
        return {
          ...period,
          label: `${from.toISOString()} – ${period.from.toISOString()}`,
          from,
          to: new Date(period.from),
        }
      }
  }
}

// ---------------------------------------------------------------------------
// Buckets (SQL and the same keys in JS)

/**
 * A time zone as a SQL string literal. The name is checked against the
 * runtime's zone data and quotes are doubled, so it is safe to inline.
 */
export function sqlTimeZone(timeZone: string): string {
  assertTimeZone(timeZone)
  return `'${timeZone.replace(/'/g, "''")}'`
}

/**
 * The local start of `column`'s day, ISO week (Monday) or month, as a
 * `timestamp` (wall clock, no zone): `date_trunc('month', placed_at AT TIME ZONE 'Asia/Shanghai')`.
 * `timeZoneSql` is either a placeholder the caller binds (`?`, `$2`, `:tz`)
 * or, by default, the zone inlined as a literal.
 */
export function bucketSql(unit: BucketUnit, timeZone: string, column = "placed_at", timeZoneSql?: string): string {
  if (!BUCKET_UNITS.includes(unit)) throw new RangeError(`Unknown bucket unit "${unit}"`)
  return `date_trunc('${unit}', ${column} AT TIME ZONE ${timeZoneSql ?? sqlTimeZone(timeZone)})`
}

const KEY_FORMATS: Record<BucketUnit, string> = { day: "YYYY-MM-DD", week: "YYYY-MM-DD", month: "YYYY-MM" }

/**
 * A bucket's key as text: "2026-11-30" (day), the week's Monday "2026-11-23"
 * (week), "2026-11" (month) — the same strings `bucketKeyOf` gives in JS.
 */
export function bucketKeySql(unit: BucketUnit, timeZone: string, column = "placed_at", timeZoneSql?: string): string {
  return `to_char(${bucketSql(unit, timeZone, column, timeZoneSql)}, '${KEY_FORMATS[unit]}')`
}

/** The Monday on or before a local date (ISO weeks, as PostgreSQL's date_trunc('week')). */
function mondayOf(date: LocalDate): LocalDate {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7))
}

/** The key of the bucket `instant` falls in, on the merchant's calendar. */
export function bucketKeyOf(instant: Date, unit: BucketUnit, timeZone: string): string {
  const date = localDateOf(instant, timeZone)
  if (unit === "month") return formatMonth(date.year, date.month)
  return formatDate(unit === "week" ? mondayOf(date) : date)
}

/** "2026-W48" for a week key (the Monday's date), the key itself otherwise. */
export function bucketLabel(key: string, unit: BucketUnit): string {
  if (unit !== "week") return key
  const date = parseLocalDate(key)
  if (!date) return key
  // ISO week: the week of the year's first Thursday is week 1.
  const thursday = addDays(date, 3)
  const jan1 = { year: thursday.year, month: 1, day: 1 }
  const week = Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1
  return `${thursday.year}-W${pad(week)}`
}

/**
 * Every bucket key of the period in order (to draw empty days as zero).
 * Refuses more than `max` buckets.
 */
export function bucketKeys(period: Pick<ReportPeriod, "from" | "to" | "timezone">, unit: BucketUnit, max = 1000): string[] {
  const tz = period.timezone
  if (!(period.from < period.to)) return []
  const first = localDateOf(period.from, tz)
  const last = localDateOf(new Date(period.to.getTime() - 1), tz)
  const keys: string[] = []
  if (unit === "month") {
    for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); m === 12 ? (y++, (m = 1)) : m++) {
      keys.push(formatMonth(y, m))
      if (keys.length > max) throw new ReportPeriodError(`More than ${max} ${unit}s: choose a shorter period or a larger unit.`)
    }
    return keys
  }
  const step = unit === "week" ? 7 : 1
  for (let d = unit === "week" ? mondayOf(first) : first; dayNumber(d) <= dayNumber(last); d = addDays(d, step)) {
    keys.push(formatDate(d))
    if (keys.length > max) throw new ReportPeriodError(`More than ${max} ${unit}s: choose a shorter period or a larger unit.`)
  }
  return keys
}
