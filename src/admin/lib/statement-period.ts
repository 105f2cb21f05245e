// A statement period is a calendar month, "YYYY-MM".
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isPeriod = (value?: string | null): value is string =>
  !!value && PERIOD.test(value)

const pad = (month: number) => String(month).padStart(2, "0")

/** The month of a date in the browser's time zone. */
export const periodOf = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}`

/** The month `delta` months before (negative) or after (positive) `period`. */
export const shiftPeriod = (period: string, delta: number): string => {
  const [, year, month] = PERIOD.exec(period) ?? []
  if (!year) {
    return period
  }
  const index = Number(year) * 12 + (Number(month) - 1) + delta
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** Whether `a` is a later month than `b` (both "YYYY-MM": they sort as text). */
export const isAfterPeriod = (a: string, b: string): boolean => a > b

/** `count` months ending with `latest`, newest first. */
export const recentPeriods = (latest: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => shiftPeriod(latest, -index))

/** "January 2025" / "2025年1月". */
export const formatPeriod = (period: string, locale: string): string => {
  const [, year, month] = PERIOD.exec(period) ?? []
  if (!year) {
    return period
  }
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)))
}
