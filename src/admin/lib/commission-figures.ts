// Commission amounts, bases and rates come from the API as decimal strings
// ("-12.35", "0.05"). These helpers only read and format them: nothing here
// adds amounts up (the API sends every total), so no float ever touches money.
// `Intl.NumberFormat#format` takes a decimal string as an exact value
// (ECMA-402 "NumberFormat v3"); the project's `lib` still types it as number-only.
type DecimalFormat = (value: string) => string

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/

export type AmountSign = "positive" | "negative" | "zero"

/** Whether a decimal string is above, below or at zero, read from its digits. */
export const amountSign = (amount: string): AmountSign => {
  const match = DECIMAL.exec(amount.trim())
  if (!match) {
    return "zero"
  }
  const [, sign, whole, fraction = ""] = match
  if (/^0+$/.test(whole + fraction)) {
    return "zero"
  }
  return sign === "-" ? "negative" : "positive"
}

/**
 * A signed amount with its currency, localised, with an explicit "+" on
 * credits: "+¥12.35", "-¥3.00", "¥0.00".
 */
export const formatSignedMoney = (
  amount: string,
  currencyCode: string,
  locale: string
): string => {
  try {
    const formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      currencyDisplay: "narrowSymbol",
      signDisplay: "exceptZero",
    })
    return (formatter.format as unknown as DecimalFormat)(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

/** A rate fraction ("0.05") as a percentage ("5%"), up to four decimals of a percent. */
export const formatRate = (rate: string, locale: string): string => {
  const formatter = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 4,
  })
  return DECIMAL.test(rate.trim())
    ? (formatter.format as unknown as DecimalFormat)(rate.trim())
    : rate
}

/** The currency's minor-unit digits (2 for CNY and USD, 0 for JPY); 2 when unknown. */
export const currencyDecimals = (currencyCode: string): number => {
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

export type AdjustmentAmountError = "required" | "format" | "zero" | "precision"

/**
 * Checks a typed adjustment amount: a signed decimal ("-12.5", "+100",
 * "30"), not zero, with no more decimals than the currency has.
 */
export const validateAdjustmentAmount = (
  value: string,
  currencyCode: string
): AdjustmentAmountError | null => {
  const trimmed = value.trim()
  if (!trimmed) {
    return "required"
  }
  const match = DECIMAL.exec(trimmed)
  if (!match) {
    return "format"
  }
  if (amountSign(trimmed) === "zero") {
    return "zero"
  }
  const fraction = match[3] ?? ""
  if (fraction.length > currencyDecimals(currencyCode || "cny")) {
    return "precision"
  }
  return null
}

/** The amount as the API takes it: trimmed, without a leading "+". */
export const normalizeAmount = (value: string): string =>
  value.trim().replace(/^\+/, "")
