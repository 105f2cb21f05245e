import Decimal from "decimal.js"

import type { DecimalFormat } from "./format-money"

// Enough significant digits that no percent or amount a merchant types is
// ever rounded on its way to or from the API's fractions.
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })

/** Decimals a percent may have: the API keeps rates to 10 decimals ("0.0333333333"). */
export const MAX_PERCENT_DECIMALS = 8

// As typed in a field: digits with an optional fraction, no sign, exponent or
// thousands separators ("5", "12.5", "0.75").
const UNSIGNED_DECIMAL = /^\d+(\.\d+)?$/
// As the API sends rates and amounts.
const SIGNED_DECIMAL = /^[+-]?\d+(\.\d+)?$/

export const isUnsignedDecimal = (value: string): boolean =>
  UNSIGNED_DECIMAL.test(value.trim())

const decimalsOf = (value: string): number => value.trim().split(".")[1]?.length ?? 0

/** A percent as the merchant types it ("5") as the API's fraction ("0.05"). */
export const percentToFraction = (percent: string): string =>
  new Exact(percent.trim()).dividedBy(100).toFixed()

/** The API's fraction ("0.05") as a percent for a field ("5"); "" for none. */
export const fractionToPercent = (fraction: string | null | undefined): string => {
  if (fraction === null || fraction === undefined || fraction === "") {
    return ""
  }
  try {
    return new Exact(fraction).times(100).toFixed()
  } catch {
    return fraction
  }
}

/**
 * A fraction ("0.05") as a localised percentage ("5%"), up to 4 decimals;
 * anything that is not a decimal is shown as it came.
 */
export const formatRatePercent = (fraction: string, locale: string): string => {
  const text = fraction.trim()
  if (!SIGNED_DECIMAL.test(text)) {
    return fraction
  }
  try {
    const formatter = new Intl.NumberFormat(locale, {
      style: "percent",
      maximumFractionDigits: 4,
    })
    return (formatter.format as unknown as DecimalFormat)(new Exact(text).toFixed())
  } catch {
    return `${fractionToPercent(text)}%`
  }
}

export type PercentIssue = "required" | "invalid" | "range" | "precision"

/** Why a typed rate percent is unusable (0 < percent ≤ 100), or null when it is fine. */
export const percentIssue = (value: string): PercentIssue | null => {
  const text = value.trim()
  if (!text) {
    return "required"
  }
  if (!isUnsignedDecimal(text)) {
    return "invalid"
  }
  const percent = new Exact(text)
  if (percent.lte(0) || percent.gt(100)) {
    return "range"
  }
  if (decimalsOf(text) > MAX_PERCENT_DECIMALS) {
    return "precision"
  }
  return null
}

/** Integer digits the API takes in an amount (it refuses larger ones). */
export const MAX_AMOUNT_DIGITS = 15

export type AmountIssue = "required" | "invalid" | "positive" | "precision" | "too_large"

/**
 * Why a typed money amount is unusable, or null when it is fine. `allowZero`
 * for thresholds that may start at nothing; `decimals` is the currency's.
 */
export const amountIssue = (
  value: string,
  { decimals, allowZero = false }: { decimals: number; allowZero?: boolean }
): AmountIssue | null => {
  const text = value.trim()
  if (!text) {
    return "required"
  }
  if (!isUnsignedDecimal(text)) {
    return "invalid"
  }
  if (!allowZero && new Exact(text).lte(0)) {
    return "positive"
  }
  if (text.split(".")[0].length > MAX_AMOUNT_DIGITS) {
    return "too_large"
  }
  if (decimalsOf(text) > decimals) {
    return "precision"
  }
  return null
}

export type VolumeTierRow = { from: string; rate: string }

export type VolumeTierIssue = {
  index: number
  field: "from" | "rate"
  code: AmountIssue | PercentIssue | "first_not_zero" | "not_ascending"
}

/**
 * Everything wrong with a volume-tier table as typed (thresholds in money,
 * rates in percent): the first threshold is 0, thresholds rise strictly, and
 * each row is a valid amount and percent. Empty when the table is usable.
 */
export const volumeTierIssues = (rows: VolumeTierRow[], decimals: number): VolumeTierIssue[] => {
  const issues: VolumeTierIssue[] = []
  let previous: Decimal | null = null

  rows.forEach((row, index) => {
    const fromIssue = amountIssue(row.from, { decimals, allowZero: true })
    if (fromIssue) {
      issues.push({ index, field: "from", code: fromIssue })
      // An unreadable threshold cannot be compared with its neighbours.
      previous = null
    } else {
      const from = new Exact(row.from.trim())
      if (index === 0 && !from.isZero()) {
        issues.push({ index, field: "from", code: "first_not_zero" })
      } else if (index > 0 && previous && from.lte(previous)) {
        issues.push({ index, field: "from", code: "not_ascending" })
      }
      previous = from
    }

    const rateIssue = percentIssue(row.rate)
    if (rateIssue) {
      issues.push({ index, field: "rate", code: rateIssue })
    }
  })

  return issues
}
