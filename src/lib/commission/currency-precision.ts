/**
 * Decimal places of a currency's smallest unit (CNY 2, JPY 0, KWD 3), from
 * the runtime's ICU data, so every ISO currency is right without a table.
 */
export function currencyPrecision(currencyCode: string): number {
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).resolvedOptions().maximumFractionDigits ?? 2
}

/**
 * An exact amount with the currency's decimals ("120.5" CNY → "120.50"),
 * never fewer than the value has: nothing is rounded.
 */
export function currencyAmount(amount: string, currencyCode: string): string {
  const [whole, fraction = ""] = amount.split(".")
  const places = Math.max(currencyPrecision(currencyCode), fraction.length)
  return places ? `${whole}.${fraction.padEnd(places, "0")}` : whole
}
