import Decimal from "decimal.js"

/** Orders per visit as a decimal string with 4 places ("0.1250"); "0" without visits. */
export function conversionRate(orders: number, visits: number): string {
  return visits > 0 ? new Decimal(orders).div(visits).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4) : "0"
}
