import { z } from "@medusajs/framework/zod"
import { CUSTOMER_TIER_CHANGE_SOURCES } from "../../../../types/customer-tier"

const tierCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "Use 1 to 32 letters, digits, '-' or '_'.")

const decimal = z
  .union([z.string().trim(), z.number()])
  .transform((v) => String(v))
  .refine((v) => /^\d{1,15}(\.\d{1,6})?$/.test(v), "Use a non-negative decimal amount, e.g. 5000 or 99.50.")

/**
 * One way into a tier. Every condition set must hold; set at least one of
 * min_spend (with its currency) and min_orders.
 */
export const CustomerTierRuleBody = z
  .strictObject({
    window_months: z.number().int().min(1).max(120),
    min_spend: decimal.nullish(),
    currency_code: z.string().trim().regex(/^[A-Za-z]{3}$/, "Use a 3-letter ISO currency code.").nullish(),
    min_orders: z.number().int().min(1).max(100000).nullish(),
  })
  .refine((r) => r.min_spend != null || r.min_orders != null, {
    message: "A rule needs min_spend or min_orders (or both).",
  })
  .refine((r) => r.min_spend == null || !!r.currency_code, {
    message: "min_spend needs its currency_code.",
    path: ["currency_code"],
  })
export type CustomerTierRuleBodyType = z.infer<typeof CustomerTierRuleBody>

const rules = z.array(CustomerTierRuleBody).max(20)

export const AdminCreateCustomerTier = z.strictObject({
  code: tierCode,
  name_en: z.string().trim().min(1).max(100),
  name_zh: z.string().trim().min(1).max(100),
  /** Larger = higher tier. */
  rank: z.number().int().min(1).max(99),
  description: z.string().max(2000).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  rules: rules.optional(),
})
export type AdminCreateCustomerTierType = z.infer<typeof AdminCreateCustomerTier>

export const AdminUpdateCustomerTier = AdminCreateCustomerTier.partial()
export type AdminUpdateCustomerTierType = z.infer<typeof AdminUpdateCustomerTier>

export const AdminReplaceCustomerTierRules = z.strictObject({ rules })
export type AdminReplaceCustomerTierRulesType = z.infer<typeof AdminReplaceCustomerTierRules>

export const AdminCustomerTierChangesQuery = z.strictObject({
  customer_id: z.string().trim().min(1).max(100).optional(),
  /** Changes into or out of this tier. */
  tier_id: z.string().trim().min(1).max(100).optional(),
  source: z.enum(CUSTOMER_TIER_CHANGE_SOURCES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminCustomerTierChangesQueryType = z.infer<typeof AdminCustomerTierChangesQuery>

export const AdminEvaluateCustomerTiers = z.strictObject({
  /** Only these customers; every candidate (as the daily job) when absent. */
  customer_ids: z.array(z.string().trim().min(1).max(100)).min(1).max(5000).optional(),
})
export type AdminEvaluateCustomerTiersType = z.infer<typeof AdminEvaluateCustomerTiers>
