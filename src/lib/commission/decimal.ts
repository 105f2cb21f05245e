import Decimal from "decimal.js"

/**
 * The one Decimal constructor of the commission rules: 40 significant digits
 * so intermediate products of money and rates never lose a cent, and
 * half-up rounding (四舍五入) as merchants and dealers expect.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })
export type Money = Decimal

/** An amount with exactly `precision` decimals, e.g. "12.30". */
export function formatAmount(value: Decimal.Value, precision: number): string {
  return new Money(value).toFixed(precision, Decimal.ROUND_HALF_UP)
}

/** A rate without trailing zeros, at most 10 decimals ("0.05", "0.0333333333"). */
export function formatRate(value: Decimal.Value): string {
  return new Money(value).toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toString()
}
