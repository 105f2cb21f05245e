/**
 * Wall-clock reading of an instant in an IANA time zone, on Intl.DateTimeFormat
 * alone (the runtime's time zone data, no dependency). Statement periods and
 * report periods both start at the merchant's local midnight; they compute it
 * from these two functions.
 */

/** A local calendar date. */
export type LocalDate = { year: number; month: number; day: number }

export type WallClock = LocalDate & { hour: number; minute: number; second: number }

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** What a clock on the wall in `timeZone` shows at `instant` (ms since the epoch). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  }
}

/** The zone's offset from UTC at `instant`, in ms (local wall clock − UTC). */
export function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone)
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000)
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSeconds
}
