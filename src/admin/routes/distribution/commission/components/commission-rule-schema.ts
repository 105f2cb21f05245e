import type { TFunction } from "i18next"
import { z } from "zod"

import {
  AmountIssue,
  amountIssue,
  fractionToPercent,
  PercentIssue,
  percentIssue,
  percentToFraction,
  volumeTierIssues,
} from "../../../../lib/commission-rate"
import { currencyDecimals } from "../../../../lib/format-money"
import {
  CommissionRuleInput,
  CommissionRuleScope,
  CommissionRuleType,
} from "../../../../types/commission"

export const RULE_SCOPES = ["all", "product", "collection", "category"] as const satisfies readonly CommissionRuleScope[]
export const RULE_TYPES = ["percentage", "fixed", "volume_tiers", "differential"] as const satisfies readonly CommissionRuleType[]

/** Types whose rule is a rate of the base; the others are money, so they need a currency. */
export const RATE_TYPES: CommissionRuleType[] = ["percentage", "differential"]
export const MONEY_TYPES: CommissionRuleType[] = ["fixed", "volume_tiers"]

const CURRENCY_CODE = /^[a-z]{3}$/

/** The API's limit on the tiers of one volume rule. */
export const MAX_VOLUME_TIERS = 20

const percentMessage = (t: TFunction, issue: PercentIssue) =>
  issue === "required"
    ? t("distribution.validation.required")
    : t(`distribution.commissionPlan.validation.percent.${issue}`)

/** The message for an amount's issue, naming the currency and its decimals (rules and the preview share it). */
export const amountMessage = (t: TFunction, issue: AmountIssue, currency: string) =>
  issue === "required"
    ? t("distribution.validation.required")
    : t(`distribution.commissionPlan.validation.amount.${issue}`, {
        currency: currency.toUpperCase(),
        decimals: currencyDecimals(currency),
      })

/**
 * One rule as the drawer edits it: rates as percents ("5" for 5 %), amounts
 * and thresholds as typed, "" for none. Only the fields of the chosen type
 * are checked and sent.
 */
export const createRuleFormSchema = (t: TFunction, maxLevels: number) =>
  z
    .object({
      name: z.string().trim().max(200, t("distribution.validation.maxLength", { max: 200 })),
      scope_type: z.enum(RULE_SCOPES),
      scope_id: z.string(),
      tier_id: z.string(),
      level: z.string(),
      type: z.enum(RULE_TYPES),
      rate: z.string(),
      amount: z.string(),
      currency_code: z.string(),
      volume_tiers: z.array(z.object({ from: z.string(), rate: z.string() })),
      is_active: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const fail = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: "custom", path, message })

      if (values.scope_type !== "all" && !values.scope_id) {
        fail(["scope_id"], t(`distribution.commissionPlan.validation.scopeRequired.${values.scope_type}`))
      }

      const level = Number(values.level)
      if (!Number.isInteger(level) || level < 1 || level > maxLevels) {
        fail(["level"], t("distribution.commissionPlan.validation.levelRange", { max: maxLevels }))
      }

      if (RATE_TYPES.includes(values.type)) {
        const issue = percentIssue(values.rate)
        if (issue) {
          fail(["rate"], percentMessage(t, issue))
        }
      }

      if (!MONEY_TYPES.includes(values.type)) {
        return
      }
      if (!CURRENCY_CODE.test(values.currency_code)) {
        fail(["currency_code"], t("distribution.commissionPlan.validation.currencyRequired"))
        return
      }
      const decimals = currencyDecimals(values.currency_code)

      if (values.type === "fixed") {
        const issue = amountIssue(values.amount, { decimals })
        if (issue) {
          fail(["amount"], amountMessage(t, issue, values.currency_code))
        }
      }

      if (values.type === "volume_tiers") {
        if (!values.volume_tiers.length) {
          fail(["volume_tiers"], t("distribution.commissionPlan.validation.tiersRequired"))
        }
        if (values.volume_tiers.length > MAX_VOLUME_TIERS) {
          fail(["volume_tiers"], t("distribution.commissionPlan.validation.tiersTooMany", { max: MAX_VOLUME_TIERS }))
        }
        for (const issue of volumeTierIssues(values.volume_tiers, decimals)) {
          const message =
            issue.code === "first_not_zero" || issue.code === "not_ascending"
              ? t(`distribution.commissionPlan.validation.tiers.${issue.code}`)
              : issue.field === "rate"
                ? percentMessage(t, issue.code as PercentIssue)
                : amountMessage(t, issue.code as AmountIssue, values.currency_code)
          fail(["volume_tiers", issue.index, issue.field], message)
        }
      }
    })

export type RuleFormValues = z.infer<ReturnType<typeof createRuleFormSchema>>

/** The drawer's starting values: the rule's, or a new level-1 percentage rule for any product. */
export const ruleFormDefaults = (
  rule: CommissionRuleInput | null,
  defaultCurrency: string
): RuleFormValues => ({
  name: rule?.name ?? "",
  scope_type: rule?.scope_type ?? "all",
  scope_id: rule?.scope_id ?? "",
  tier_id: rule?.tier_id ?? "",
  level: String(rule?.level ?? 1),
  type: rule?.type ?? "percentage",
  rate: fractionToPercent(rule?.rate),
  amount: rule?.amount ?? "",
  currency_code: rule?.currency_code?.toLowerCase() ?? defaultCurrency,
  volume_tiers: rule?.volume_tiers?.length
    ? rule.volume_tiers.map((tier) => ({ from: tier.from, rate: fractionToPercent(tier.rate) }))
    : [{ from: "0", rate: "" }],
  is_active: rule?.is_active ?? true,
})

/** Validated drawer values as a rule of the plan: percents become fractions, unused fields null. */
export const toRuleInputFromForm = (values: RuleFormValues): Omit<CommissionRuleInput, "id"> => {
  const usesMoney = MONEY_TYPES.includes(values.type)
  return {
    name: values.name.trim() || null,
    scope_type: values.scope_type,
    scope_id: values.scope_type === "all" ? null : values.scope_id || null,
    tier_id: values.tier_id || null,
    level: Number(values.level),
    type: values.type,
    rate: RATE_TYPES.includes(values.type) ? percentToFraction(values.rate) : null,
    amount: values.type === "fixed" ? values.amount.trim() : null,
    currency_code: usesMoney ? values.currency_code.toLowerCase() : null,
    volume_tiers:
      values.type === "volume_tiers"
        ? values.volume_tiers.map((tier) => ({
            from: tier.from.trim(),
            rate: percentToFraction(tier.rate),
          }))
        : null,
    is_active: values.is_active,
  }
}
