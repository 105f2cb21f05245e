import { periodOf } from "../commission/period"

/**
 * The monthly scheduled batch. The job runs hourly and asks for a key; the
 * key is unique on batches, so however many runs (or servers) see the day
 * has come, a month gets one scheduled batch. From the scheduled day to the
 * month's end the key stays the same, so a run missed on the day (downtime)
 * is made up by the next one.
 */

export type PayoutSchedule = {
  /** 1..28, so every month has the day. */
  day_of_month: number
  currency_code: string
  provider_id: string
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

/** The day of the month that `date` falls on in `timeZone`. */
function localDayOfMonth(date: Date, timeZone: string): number {
  let formatter = dayFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, day: "numeric" })
    dayFormatters.set(timeZone, formatter)
  }
  return Number(formatter.formatToParts(date).find((part) => part.type === "day")!.value)
}

/**
 * "schedule:2026-11:cny:wechatpay" once the merchant's calendar (in
 * `timezone`) has reached the scheduled day of the current month, else null
 * (also null without a schedule).
 */
export function scheduledBatchKey(now: Date, schedule: PayoutSchedule | null, timezone: string): string | null {
  if (!schedule) return null
  const { day_of_month } = schedule
  if (!Number.isInteger(day_of_month) || day_of_month < 1 || day_of_month > 28) {
    throw new RangeError(`payout_schedule.day_of_month must be 1 to 28, got ${day_of_month}`)
  }
  if (localDayOfMonth(now, timezone) < day_of_month) return null
  return `schedule:${periodOf(now, timezone)}:${schedule.currency_code.toLowerCase()}:${schedule.provider_id}`
}
