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
