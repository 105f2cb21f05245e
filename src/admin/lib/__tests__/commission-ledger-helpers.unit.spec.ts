import { amountSign, normalizeAmount, validateAdjustmentAmount } from "../commission-figures"
import { formatRatePercent } from "../commission-rate"
import { currencyDecimals, formatMoney } from "../format-money"
import { filenameFromContentDisposition } from "../content-disposition"
import { dateFilterToRange } from "../date-filter-range"
import { ledgerHref, statementHref } from "../commission-hrefs"
import {
  formatPeriod,
  isAfterPeriod,
  isPeriod,
  periodOf,
  recentPeriods,
  shiftPeriod,
} from "../statement-period"

describe("amountSign", () => {
  it.each([
    ["12.35", "positive"],
    ["+0.01", "positive"],
    ["-0.01", "negative"],
    ["-12", "negative"],
    ["0", "zero"],
    ["-0.00", "zero"],
    ["0.000", "zero"],
    // Beyond a double's precision: still read from the digits.
    ["0.0000000000000000000001", "positive"],
    ["not a number", "zero"],
  ])("%s is %s", (amount, expected) => {
    expect(amountSign(amount)).toBe(expected)
  })
})

describe("formatMoney, signed", () => {
  it.each([
    ["12.35", "cny", "en", "+¥12.35"],
    ["-3", "cny", "zh-CN", "-¥3.00"],
    ["0", "cny", "en", "¥0.00"],
    ["-12345678901234567.89", "usd", "en", "-$12,345,678,901,234,567.89"],
    ["5", "xx1", "en", "5 XX1"],
  ])("%s %s in %s is %s", (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale, { signed: true })).toBe(expected)
  })
})

describe("formatRatePercent of API rates", () => {
  it.each([
    ["0.05", "en", "5%"],
    ["0.125", "en", "12.5%"],
    ["0.0525", "zh-CN", "5.25%"],
    ["1", "en", "100%"],
    ["bad", "en", "bad"],
  ])("%s in %s is %s", (rate, locale, expected) => {
    expect(formatRatePercent(rate, locale)).toBe(expected)
  })
})

describe("currencyDecimals", () => {
  it.each([
    ["cny", 2],
    ["usd", 2],
    ["jpy", 0],
    ["kwd", 3],
    ["xx1", 2],
    ["not-a-currency", 2],
    [null, 2],
  ])("%s has %s", (currency, expected) => {
    expect(currencyDecimals(currency)).toBe(expected)
  })
})

describe("validateAdjustmentAmount", () => {
  it.each([
    ["", "cny", "required"],
    ["   ", "cny", "required"],
    ["abc", "cny", "format"],
    ["1,000", "cny", "format"],
    ["12.", "cny", "format"],
    ["--1", "cny", "format"],
    ["0", "cny", "zero"],
    ["-0.00", "cny", "zero"],
    ["12.345", "cny", "precision"],
    ["12.5", "jpy", "precision"],
    ["12.34", "cny", null],
    ["-12.3", "cny", null],
    ["+100", "cny", null],
    [" 7 ", "cny", null],
    ["1200", "jpy", null],
  ])("%j in %s is %s", (value, currency, expected) => {
    expect(validateAdjustmentAmount(value, currency)).toBe(expected)
  })

  it("normalises what it accepts", () => {
    expect(normalizeAmount(" +100.50 ")).toBe("100.50")
    expect(normalizeAmount("-3")).toBe("-3")
  })
})

describe("statement periods", () => {
  it("recognises YYYY-MM", () => {
    expect(isPeriod("2025-01")).toBe(true)
    expect(isPeriod("2025-13")).toBe(false)
    expect(isPeriod("2025-1")).toBe(false)
    expect(isPeriod(null)).toBe(false)
  })

  it("reads the month of a local date", () => {
    expect(periodOf(new Date(2025, 0, 31, 23, 59))).toBe("2025-01")
    expect(periodOf(new Date(2024, 11, 1))).toBe("2024-12")
  })

  it.each([
    ["2025-01", -1, "2024-12"],
    ["2024-12", 1, "2025-01"],
    ["2025-03", -15, "2023-12"],
    ["2025-03", 0, "2025-03"],
    ["bad", 1, "bad"],
  ])("%s shifted by %s is %s", (period, delta, expected) => {
    expect(shiftPeriod(period, delta)).toBe(expected)
  })

  it("lists recent months newest first and compares them", () => {
    expect(recentPeriods("2025-02", 3)).toEqual(["2025-02", "2025-01", "2024-12"])
    expect(isAfterPeriod("2025-02", "2024-12")).toBe(true)
    expect(isAfterPeriod("2024-12", "2024-12")).toBe(false)
  })

  it("names months in the dashboard's language", () => {
    expect(formatPeriod("2025-01", "en")).toBe("January 2025")
    expect(formatPeriod("2025-01", "zh-CN")).toBe("2025年1月")
    expect(formatPeriod("bad", "en")).toBe("bad")
  })
})

describe("filenameFromContentDisposition", () => {
  it.each([
    ['attachment; filename="statement-NB101-2025-01.csv"', "statement-NB101-2025-01.csv"],
    ["attachment; filename=statement.xlsx", "statement.xlsx"],
    [
      "attachment; filename=\"fallback.csv\"; filename*=UTF-8''%E5%AF%B9%E8%B4%A6%E5%8D%95.csv",
      "对账单.csv",
    ],
    ["attachment", null],
    ["", null],
    [null, null],
  ])("%j offers %j", (header, expected) => {
    expect(filenameFromContentDisposition(header)).toBe(expected)
  })
})

describe("dateFilterToRange", () => {
  it("keeps a start and extends an end date to the end of its day", () => {
    const start = new Date(2025, 0, 1)
    const end = new Date(2025, 0, 31)
    expect(
      dateFilterToRange({ $gte: start.toISOString(), $lte: end.toISOString() })
    ).toEqual({
      from: start.toISOString(),
      to: new Date(2025, 0, 31, 23, 59, 59, 999).toISOString(),
    })
  })

  it("keeps an end with a time of day as it is", () => {
    const end = new Date(2025, 0, 31, 12, 30)
    expect(dateFilterToRange({ $lte: end.toISOString() })).toEqual({
      from: undefined,
      to: end.toISOString(),
    })
  })

  it("ignores what is no date range", () => {
    expect(dateFilterToRange(undefined)).toEqual({})
    expect(dateFilterToRange({ $gte: "not a date" })).toEqual({ from: undefined, to: undefined })
  })
})

describe("statementHref", () => {
  it.each([
    [{}, "/distribution/statements/dlr_1"],
    [{ period: "2025-01" }, "/distribution/statements/dlr_1?period=2025-01"],
    [
      { period: "2025-01", currency_code: "cny" },
      "/distribution/statements/dlr_1?period=2025-01&currency_code=cny",
    ],
    [{ period: null, currency_code: "usd" }, "/distribution/statements/dlr_1?currency_code=usd"],
  ])("%j is %s", (query, expected) => {
    expect(statementHref("dlr_1", query)).toBe(expected)
  })
})

describe("ledgerHref", () => {
  it("filters the ledger on a dealer the way the table writes its filters", () => {
    expect(ledgerHref({ dealer_id: "dlr_1" })).toBe(
      `/distribution/ledger?dealer_id=${encodeURIComponent('"dlr_1"')}`
    )
    expect(ledgerHref({})).toBe("/distribution/ledger")
  })
})
