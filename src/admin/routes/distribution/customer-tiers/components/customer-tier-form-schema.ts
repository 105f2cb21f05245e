import type { TFunction } from "i18next"
import { z } from "zod"

import { CustomerTier, CustomerTierBody } from "../../../../types/customer-insights"

const TIER_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/
const WHOLE = /^\d+$/

/** A rule as typed: text fields, checked as the API checks them. */
const ruleSchema = (t: TFunction) =>
  z
    .object({
      window_months: z
        .string()
        .trim()
        .refine((v) => WHOLE.test(v) && Number(v) >= 1 && Number(v) <= 120, t("distribution.customerTiers.validation.window")),
      min_spend: z
        .string()
        .trim()
        .refine((v) => !v || DECIMAL.test(v), t("distribution.customerTiers.validation.amount")),
      currency_code: z.string().trim(),
      min_orders: z
        .string()
        .trim()
        .refine((v) => !v || (WHOLE.test(v) && Number(v) >= 1), t("distribution.customerTiers.validation.orders")),
    })
    .superRefine((rule, ctx) => {
      if (!rule.min_spend && !rule.min_orders) {
        ctx.addIssue({ code: "custom", path: ["min_orders"], message: t("distribution.customerTiers.validation.condition") })
      }
      if (rule.min_spend && !/^[A-Za-z]{3}$/.test(rule.currency_code)) {
        ctx.addIssue({ code: "custom", path: ["currency_code"], message: t("distribution.customerTiers.validation.currency") })
      }
    })

export const createCustomerTierFormSchema = (t: TFunction) =>
  z.object({
    code: z.string().trim().regex(TIER_CODE_PATTERN, t("distribution.customerTiers.validation.code")),
    name_en: z.string().trim().min(1, t("distribution.customerTiers.validation.required")),
    name_zh: z.string().trim().min(1, t("distribution.customerTiers.validation.required")),
    rank: z
      .string()
      .trim()
      .refine((v) => WHOLE.test(v) && Number(v) >= 1 && Number(v) <= 99, t("distribution.customerTiers.validation.rank")),
    description: z.string(),
    rules: z.array(ruleSchema(t)).max(20),
  })

export type CustomerTierFormValues = z.infer<ReturnType<typeof createCustomerTierFormSchema>>
export type CustomerTierRuleFormValues = CustomerTierFormValues["rules"][number]

export const emptyRule = (currency = ""): CustomerTierRuleFormValues => ({
  window_months: "12",
  min_spend: "",
  currency_code: currency,
  min_orders: "",
})

export const customerTierFormDefaults = (tier: CustomerTier | null): CustomerTierFormValues => ({
  code: tier?.code ?? "",
  name_en: tier?.name_en ?? "",
  name_zh: tier?.name_zh ?? "",
  rank: tier ? String(tier.rank) : "",
  description: tier?.description ?? "",
  rules: (tier?.rules ?? []).map((r) => ({
    window_months: String(r.window_months),
    min_spend: r.min_spend ?? "",
    currency_code: (r.currency_code ?? "").toUpperCase(),
    min_orders: r.min_orders == null ? "" : String(r.min_orders),
  })),
})

export const toCustomerTierPayload = (values: CustomerTierFormValues): CustomerTierBody => ({
  code: values.code.trim(),
  name_en: values.name_en.trim(),
  name_zh: values.name_zh.trim(),
  rank: Number(values.rank),
  description: values.description.trim() || null,
  rules: values.rules.map((r) => ({
    window_months: Number(r.window_months),
    min_spend: r.min_spend ? r.min_spend : null,
    currency_code: r.min_spend ? r.currency_code.toLowerCase() : null,
    min_orders: r.min_orders ? Number(r.min_orders) : null,
  })),
})
