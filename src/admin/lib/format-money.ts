// `Intl.NumberFormat#format` takes a decimal string as an exact value
// (ECMA-402 "NumberFormat v3", in every browser the admin supports), so an
// amount such as "1234567890.12" is never rounded through a float. The
// project's `lib` (ES2021) still types it as number-only.
export type DecimalFormat = (value: string) => string

/**
 * A decimal amount in major units ("200.5") with its currency, localised;
 * `signed` puts an explicit "+" on credits: "+¥12.35", "-¥3.00", "¥0.00".
 */
export const formatMoney = (
  amount: string,
  currencyCode: string,
  locale: string,
  { signed = false }: { signed?: boolean } = {}
): string => {
  try {
    const formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      currencyDisplay: "narrowSymbol",
      ...(signed ? { signDisplay: "exceptZero" as const } : {}),
    })
    return (formatter.format as unknown as DecimalFormat)(amount)
  } catch {
    // An unknown currency code: show the figures as they came.
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

/** Decimal places of a currency's smallest unit (CNY 2, JPY 0, KWD 3); 2 when unknown. */
export const currencyDecimals = (currencyCode: string | null | undefined): number => {
  if (!currencyCode) {
    return 2
  }
  try {
    return (
      new Intl.NumberFormat("en", {
        style: "currency",
        currency: currencyCode.toUpperCase(),
      }).resolvedOptions().maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}
