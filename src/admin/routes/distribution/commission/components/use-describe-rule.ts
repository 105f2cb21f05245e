import { useCallback, useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useTiers } from "../../../../hooks/api/tiers"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { formatRatePercent } from "../../../../lib/commission-rate"
import { formatMoney } from "../../../../lib/format-money"
import { CommissionRuleInput } from "../../../../types/commission"
import { useScopeTitles } from "./use-scope-titles"

// The same request as the tier select's, so both share one cached list.
export const TIER_QUERY = { limit: 100, order: "rank" }

/** Words for a rule's scope, tier and value, as the rules table shows them. */
export const useDescribeRule = (rules: CommissionRuleInput[]) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const tierName = useTierName()
  const scopeTitle = useScopeTitles(rules)
  const { tiers } = useTiers(TIER_QUERY)
  const tiersById = useMemo(() => new Map((tiers ?? []).map((tier) => [tier.id, tier])), [tiers])

  const scope = useCallback(
    (rule: CommissionRuleInput) => {
      const kind = t(`distribution.commissionPlan.scopes.${rule.scope_type}`)
      if (rule.scope_type === "all") {
        return { kind, title: null as string | null }
      }
      return { kind, title: scopeTitle(rule) ?? rule.scope_id ?? t("distribution.common.empty") }
    },
    [t, scopeTitle]
  )

  const tier = useCallback(
    (rule: CommissionRuleInput) => {
      if (!rule.tier_id) {
        return t("distribution.commissionPlan.anyTier")
      }
      const found = tiersById.get(rule.tier_id)
      return found ? `${tierName(found)} (${found.code})` : rule.tier_id
    },
    [t, tiersById, tierName]
  )

  const value = useCallback(
    (rule: CommissionRuleInput) => {
      const currency = rule.currency_code ?? ""
      switch (rule.type) {
        case "percentage":
          return rule.rate ? formatRatePercent(rule.rate, locale) : ""
        case "differential":
          return rule.rate
            ? t("distribution.commissionPlan.values.differential", { rate: formatRatePercent(rule.rate, locale) })
            : ""
        case "fixed":
          return rule.amount
            ? t("distribution.commissionPlan.values.fixed", { amount: formatMoney(rule.amount, currency, locale) })
            : ""
        case "volume_tiers":
          return (rule.volume_tiers ?? [])
            .map((row) =>
              t("distribution.commissionPlan.values.volumeTier", {
                from: formatMoney(row.from, currency, locale),
                rate: formatRatePercent(row.rate, locale),
              })
            )
            .join(" · ")
      }
    },
    [t, locale]
  )

  return { scope, tier, value }
}
