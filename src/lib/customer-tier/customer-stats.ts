import Decimal from "decimal.js"

/** Days of one purchase-frequency period. */
export const FREQUENCY_PERIOD_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/** Average net spend per order, rounded to `decimals` places (half up); null without orders. */
export function averageSpend(total: string, orders: number, decimals = 2): string | null {
  if (orders <= 0) {
    return null
  }
  return new Decimal(total).dividedBy(orders).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals)
}

/**
 * Orders per 30 days over the customer's active span (first to last order).
 * A span shorter than 30 days counts as 30 days, so a customer with one
 * order, or several in the same week, buys "N per 30 days", not more.
 * Two decimals; null without orders.
 */
export function purchaseFrequency(orders: number, first: Date | null, last: Date | null): string | null {
  if (orders <= 0 || !first || !last) {
    return null
  }
  const spanDays = Math.max((last.getTime() - first.getTime()) / DAY_MS, FREQUENCY_PERIOD_DAYS)
  return new Decimal(orders)
    .times(FREQUENCY_PERIOD_DAYS)
    .dividedBy(spanDays)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2)
}
