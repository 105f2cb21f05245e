/**
 * The API's conversion rate (orders per visit, a decimal string such as
 * "0.1250") as a percentage in the given locale: "12.5%".
 */
export const formatConversionRate = (rate: string, locale: string): string => {
  const value = Number(rate)
  return new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(Number.isFinite(value) ? value : 0)
}
