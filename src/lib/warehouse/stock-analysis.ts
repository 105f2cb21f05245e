import Decimal from "decimal.js"
import { currencyAmount } from "../commission/currency-precision"

/**
 * The figures of the inventory analysis, as plain functions. "Sold" is what
 * left a location in Medusa fulfilments (not canceled) — the moment Medusa
 * takes the stock off the level — counted by the fulfilment's `created_at`.
 *
 * - days of cover = available ÷ (sold in the last 30 days ÷ 30), one decimal;
 *   `null` when nothing was sold in 30 days (the stock never runs out at that
 *   rate). Available (on hand − reserved, never below 0) is what is left to
 *   sell: reserved units are already promised.
 * - turnover for a period = sold in the period ÷ average on hand. Levels keep
 *   no history, so the average on hand is approximated by the current on
 *   hand; two decimals; `null` when nothing is on hand.
 * - slow mover = on hand > 0 and nothing sold in the last `slow_mover_days`
 *   (never sold counts as not sold).
 * - value = on hand × unit cost, exact (decimal.js), written with at least the
 *   currency's decimals; `null` without a unit cost.
 */

/** The window the days of cover are measured over. */
export const COVER_WINDOW_DAYS = 30
export const DAY_MS = 24 * 60 * 60 * 1000

/** on hand − reserved; a level may be over-reserved, available is then 0. */
export function availableQuantity(onHand: number, reserved: number): number {
  return Math.max(onHand - reserved, 0)
}

/** Days the available stock lasts at the last 30 days' rate; `null` without sales. */
export function daysOfCover(available: number, sold30d: number, windowDays = COVER_WINDOW_DAYS): number | null {
  if (!(sold30d > 0)) return null
  return new Decimal(Math.max(available, 0)).times(windowDays).dividedBy(sold30d).toDecimalPlaces(1).toNumber()
}

/** Sold in the period ÷ on hand (standing in for the period's average on hand); `null` with nothing on hand. */
export function turnover(soldInPeriod: number, onHand: number): number | null {
  if (!(onHand > 0)) return null
  return new Decimal(soldInPeriod).dividedBy(onHand).toDecimalPlaces(2).toNumber()
}

/** On hand and nothing sold since `now − slowMoverDays` days. */
export function isSlowMover(onHand: number, lastSoldAt: Date | null, slowMoverDays: number, now: Date): boolean {
  if (!(onHand > 0)) return false
  if (!lastSoldAt) return true
  return lastSoldAt.getTime() < slowMoverSince(now, slowMoverDays).getTime()
}

/** The start of the slow-mover window. */
export function slowMoverSince(now: Date, slowMoverDays: number): Date {
  return new Date(now.getTime() - slowMoverDays * DAY_MS)
}

/** The start of a period of `days` days ending now. */
export function periodSince(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS)
}

/** on hand × unit cost, exact, with at least the currency's decimals; `null` without a cost. */
export function stockValue(onHand: number, unitCost: string | null | undefined, currencyCode: string | null | undefined): string | null {
  if (unitCost == null || unitCost === "" || !currencyCode) return null
  return formatAmount(new Decimal(unitCost).times(onHand), currencyCode)
}

/** An exact decimal with at least the currency's decimals ("120.5" CNY → "120.50"). */
export function formatAmount(amount: Decimal.Value, currencyCode: string): string {
  return currencyAmount(new Decimal(amount).toFixed(), currencyCode)
}

export type CurrencyValue = { currency_code: string; value: string }

/**
 * Values summed per currency (item costs may be kept in more than one),
 * ordered by currency code. Amounts are exact.
 */
export function sumByCurrency(values: Iterable<{ currency_code: string; value: Decimal.Value }>): CurrencyValue[] {
  const sums = new Map<string, Decimal>()
  for (const { currency_code, value } of values) {
    const code = currency_code.toLowerCase()
    sums.set(code, (sums.get(code) ?? new Decimal(0)).plus(value))
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency_code, value]) => ({ currency_code, value: formatAmount(value, currency_code) }))
}

/**
 * The single `value` / `currency_code` of a total: the sum when every cost is
 * in one currency; both `null` when there are none or several (then read
 * `values`, one per currency).
 */
export function singleCurrency(values: CurrencyValue[]): { value: string | null; currency_code: string | null } {
  return values.length === 1 ? { value: values[0].value, currency_code: values[0].currency_code } : { value: null, currency_code: null }
}
