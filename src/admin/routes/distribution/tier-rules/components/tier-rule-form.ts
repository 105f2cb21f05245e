import { TierRule, TierRuleInput } from "../../../../types/performance"

/** The drawer's editable state: every field as the inputs hold it (text for numbers). */
export type TierRuleDraft = {
  from_tier_id: string
  to_tier_id: string
  direction: "upgrade" | "downgrade"
  window_months: string
  min_sales: string
  currency_code: string
  min_active_customers: string
  min_downline_sales: string
  active: boolean
  description: string
}

export const emptyDraft = (currency: string): TierRuleDraft => ({
  from_tier_id: "",
  to_tier_id: "",
  direction: "upgrade",
  window_months: "3",
  min_sales: "",
  currency_code: currency,
  min_active_customers: "0",
  min_downline_sales: "",
  active: true,
  description: "",
})

export const draftOf = (rule: TierRule): TierRuleDraft => ({
  from_tier_id: rule.from_tier_id,
  to_tier_id: rule.to_tier_id,
  direction: rule.direction,
  window_months: String(rule.window_months),
  min_sales: rule.min_sales,
  currency_code: rule.currency_code,
  min_active_customers: String(rule.min_active_customers),
  min_downline_sales: rule.min_downline_sales ?? "",
  active: rule.active,
  description: rule.description ?? "",
})

const AMOUNT = /^\d{1,15}(\.\d{1,8})?$/

/** Field → i18n key of what is wrong, empty when the draft can be sent. */
export const draftErrors = (d: TierRuleDraft): Partial<Record<keyof TierRuleDraft, string>> => {
  const errors: Partial<Record<keyof TierRuleDraft, string>> = {}
  if (!d.from_tier_id) errors.from_tier_id = "required"
  if (!d.to_tier_id) errors.to_tier_id = "required"
  if (d.from_tier_id && d.from_tier_id === d.to_tier_id) errors.to_tier_id = "sameTier"
  if (!/^\d+$/.test(d.window_months) || Number(d.window_months) < 1 || Number(d.window_months) > 36) errors.window_months = "windowMonths"
  if (!AMOUNT.test(d.min_sales.trim())) errors.min_sales = "amount"
  if (!/^[a-zA-Z]{3}$/.test(d.currency_code)) errors.currency_code = "required"
  if (!/^\d+$/.test(d.min_active_customers)) errors.min_active_customers = "count"
  if (d.min_downline_sales.trim() && !AMOUNT.test(d.min_downline_sales.trim())) errors.min_downline_sales = "amount"
  return errors
}

export const inputOf = (d: TierRuleDraft): TierRuleInput => ({
  from_tier_id: d.from_tier_id,
  to_tier_id: d.to_tier_id,
  direction: d.direction,
  window_months: Number(d.window_months),
  min_sales: d.min_sales.trim(),
  currency_code: d.currency_code.toLowerCase(),
  min_active_customers: Number(d.min_active_customers),
  min_downline_sales: d.min_downline_sales.trim() || null,
  active: d.active,
  description: d.description.trim() || null,
})
