import { formatConversionRate } from "../format-conversion-rate"
import { formatMoney } from "../format-money"
import { toIntlLocale } from "../intl-locale"

describe("formatConversionRate", () => {
  it.each([
    ["0", "en", "0%"],
    ["0.1250", "en", "12.5%"],
    ["0.5000", "en", "50%"],
    ["1", "en", "100%"],
    ["0.3333", "zh-CN", "33.3%"],
    ["not a number", "en", "0%"],
  ])("%s in %s is %s", (rate, locale, expected) => {
    expect(formatConversionRate(rate, locale)).toBe(expected)
  })
})

describe("formatMoney", () => {
  it.each([
    ["200", "cny", "en", "¥200.00"],
    ["1234.5", "cny", "zh-CN", "¥1,234.50"],
    // More digits than a double holds: formatted from the string, not a float.
    ["12345678901234567.89", "usd", "en", "$12,345,678,901,234,567.89"],
    ["10", "xx1", "en", "10 XX1"],
  ])("%s %s in %s is %s", (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected)
  })
})

describe("toIntlLocale", () => {
  it.each([
    ["zhCN", "zh-CN"],
    ["zh-CN", "zh-CN"],
    ["en", "en"],
    ["de", "de"],
    ["ptBR", "pt-BR"],
    ["not a locale!", "en"],
    [undefined, "en"],
  ])("%s is %s", (language, expected) => {
    expect(toIntlLocale(language)).toBe(expected)
  })
})
