import type { ReportPeriodParams, ReportTimeUnit } from "../../../../types/reports"

/**
 * The period picker's presets and how each becomes the query the report
 * routes read (src/lib/reporting/periods.ts). Presets the server names
 * itself (this_month, this_quarter, this_year, last_30_days) go as they are,
 * so they are read on the merchant's calendar; "last month" is named by its
 * month ("2026-10"), taken on that calendar too when its time zone is known.
 */

export const PERIOD_PRESETS = ["this_month", "last_month", "this_quarter", "this_year", "last_30_days", "custom"] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

export const isPeriodPreset = (value: unknown): value is PeriodPreset =>
  typeof value === "string" && (PERIOD_PRESETS as readonly string[]).includes(value)

const pad = (n: number) => String(n).padStart(2, "0")

/** The local year and month of `now` in `timeZone` (the browser's when unknown or unreadable). */
function localYearMonth(now: Date, timeZone?: string): { year: number; month: number } {
  if (timeZone) {
    try {
      const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" }).formatToParts(now)
      const year = Number(parts.find((p) => p.type === "year")?.value)
      const month = Number(parts.find((p) => p.type === "month")?.value)
      if (year && month) {
        return { year, month }
      }
    } catch {
      // An unknown zone: fall through to the browser's calendar.
    }
  }
  return { year: now.getFullYear(), month: now.getMonth() + 1 }
}

/** The month before `now`'s, as the server names it: "2026-10". */
export function lastMonthKey(now: Date, timeZone?: string): string {
  const { year, month } = localYearMonth(now, timeZone)
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`
}

/** A picked day as a local date "2026-11-30" (the server reads it on the merchant's calendar). */
export const toDateParam = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/** "2026-11-30" back to the picker's Date (local midnight); null when unreadable. */
export function fromDateParam(value?: string | null): Date | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (!match) {
    return null
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(year, month - 1, day)
  // Date rolls "2026-02-30" over into March: such a day does not exist.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null
}

/**
 * The query of a preset; for "custom" the two days (`to` included), or
 * null while one is missing or they are the wrong way round.
 */
export function periodQuery(
  preset: PeriodPreset,
  range: { from?: string; to?: string },
  { now = new Date(), timeZone }: { now?: Date; timeZone?: string } = {}
): ReportPeriodParams | null {
  switch (preset) {
    case "last_month":
      return { period: lastMonthKey(now, timeZone) }
    case "custom": {
      const from = fromDateParam(range.from)
      const to = fromDateParam(range.to)
      if (!from || !to || from > to) {
        return null
      }
      return { from: range.from, to: range.to }
    }
    default:
      return { period: preset }
  }
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The bucket a time report starts with: days for a month or a few weeks,
 * weeks up to about half a year, months beyond (a readable number of points).
 */
export function defaultTimeUnit(preset: PeriodPreset, range: { from?: string; to?: string }): ReportTimeUnit {
  switch (preset) {
    case "this_month":
    case "last_month":
    case "last_30_days":
      return "day"
    case "this_quarter":
      return "week"
    case "this_year":
      return "month"
    case "custom": {
      const from = fromDateParam(range.from)
      const to = fromDateParam(range.to)
      if (!from || !to) {
        return "day"
      }
      const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1
      return days <= 62 ? "day" : days <= 190 ? "week" : "month"
    }
  }
}
