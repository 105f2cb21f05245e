import type { TFunction } from "i18next"

import { formatMoney } from "../../../../lib/format-money"
import { CustomerTierRule } from "../../../../types/customer-insights"

/** A rule in words: "Last 12 months: net spend ≥ ¥5,000.00 and ≥ 10 orders". */
export const describeCustomerTierRule = (rule: CustomerTierRule, t: TFunction, locale: string): string => {
  const parts: string[] = []
  if (rule.min_spend != null && rule.currency_code) {
    parts.push(t("distribution.customerTiers.rules.spendAtLeast", { amount: formatMoney(rule.min_spend, rule.currency_code, locale) }))
  }
  if (rule.min_orders != null) {
    parts.push(t("distribution.customerTiers.rules.ordersAtLeast", { count: rule.min_orders }))
  }
  return t("distribution.customerTiers.rules.summary", {
    months: rule.window_months,
    conditions: parts.join(t("distribution.customerTiers.rules.joiner")),
  })
}
