// `Intl.NumberFormat#format` takes a decimal string as an exact value
// (ECMA-402 "NumberFormat v3", in every browser the admin supports), so an
// amount such as "1234567890.12" is never rounded through a float. The
// project's `lib` (ES2021) still types it as number-only.
type DecimalFormat = (value: string) => string

/** A decimal amount in major units ("200.5") with its currency, localised. */
export const formatMoney = (
  amount: string,
  currencyCode: string,
  locale: string
): string => {
  try {
    const formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      currencyDisplay: "narrowSymbol",
    })
    return (formatter.format as unknown as DecimalFormat)(amount)
  } catch {
    // An unknown currency code: show the figures as they came.
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}
