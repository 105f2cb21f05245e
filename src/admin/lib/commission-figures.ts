import { currencyDecimals } from "./format-money"

// Commission amounts come from the API as decimal strings ("-12.35"). These
// helpers only read and check them: nothing here adds amounts up (the API
// sends every total), so no float ever touches money.
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
