import { z } from "@medusajs/framework/zod"
import { LEAGUE_ORDERS } from "../../../../lib/performance/sql/dealer-figures"
import { TIER_PROPOSAL_STATUSES, TIER_RULE_DIRECTIONS } from "../../../../types/performance"

const text = z.string().trim().max(200).optional().transform((v) => v || undefined)
const currency = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, "must be a three-letter ISO currency code")
  .transform((v) => v.toLowerCase())
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

/**
 * `period=2026-11|2026-Q4|2026|this_month|last_30_days|custom&from&to` (see
 * src/lib/reporting/periods.ts; read there so every report agrees) and the
 * currency (default: the store's default currency).
 */
export const PerformancePeriodQuery = z.strictObject({
  period: text,
  from: text,
  to: text,
  currency_code: currency.optional(),
})
export type PerformancePeriodQueryType = z.infer<typeof PerformancePeriodQuery>

export const LEAGUE_ORDER_VALUES = LEAGUE_ORDERS.flatMap((o) => [o, `-${o}`]) as [string, ...string[]]

export const PerformanceLeagueQuery = z.strictObject({
  ...PerformancePeriodQuery.shape,
  tier_id: text,
  order: z.enum(LEAGUE_ORDER_VALUES).default("-net_sales"),
  format: z.enum(["json", "csv"]).default("json"),
  ...page,
})
export type PerformanceLeagueQueryType = z.infer<typeof PerformanceLeagueQuery>

export const DashboardQuery = z.strictObject({
  ...PerformancePeriodQuery.shape,
  top: z.coerce.number().int().min(1).max(50).default(5),
})
export type DashboardQueryType = z.infer<typeof DashboardQuery>

const decimalAmount = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,15}(\.\d{1,8})?$/.test(v), { message: 'must be a non-negative decimal amount such as "30000" or "2999.50"' })

/** The fields of a tier rule; the create schema adds its defaults in the handler (partial updates never invent values). */
const tierRuleFields = {
  from_tier_id: z.string().trim().min(1),
  to_tier_id: z.string().trim().min(1),
  direction: z.enum(TIER_RULE_DIRECTIONS),
  window_months: z.number().int().min(1).max(36),
  min_sales: decimalAmount,
  currency_code: currency,
  min_active_customers: z.number().int().min(0).max(1_000_000),
  min_downline_sales: decimalAmount.nullable(),
  active: z.boolean(),
  description: z.string().trim().max(500).nullable(),
}

export const AdminCreateTierRule = z.strictObject({
  ...tierRuleFields,
  window_months: tierRuleFields.window_months.optional(),
  min_active_customers: tierRuleFields.min_active_customers.optional(),
  min_downline_sales: tierRuleFields.min_downline_sales.optional(),
  active: tierRuleFields.active.optional(),
  description: tierRuleFields.description.optional(),
})
export type AdminCreateTierRuleType = z.infer<typeof AdminCreateTierRule>

export const AdminUpdateTierRule = z.strictObject(
  Object.fromEntries(Object.entries(tierRuleFields).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])) as {
    [K in keyof typeof tierRuleFields]: z.ZodOptional<(typeof tierRuleFields)[K]>
  }
)
export type AdminUpdateTierRuleType = z.infer<typeof AdminUpdateTierRule>

const flag = z
  .union([z.boolean(), z.enum(["true", "false"])])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === true || v === "true"))

export const AdminTierRulesQuery = z.strictObject({
  active: flag,
  from_tier_id: text,
  ...page,
})
export type AdminTierRulesQueryType = z.infer<typeof AdminTierRulesQuery>

export const AdminTierProposalsQuery = z.strictObject({
  status: z.enum(TIER_PROPOSAL_STATUSES).optional(),
  dealer_id: text,
  period_key: text,
  ...page,
})
export type AdminTierProposalsQueryType = z.infer<typeof AdminTierProposalsQuery>

export const AdminDecideTierProposal = z.strictObject({
  note: z.string().trim().max(500).optional(),
})
export type AdminDecideTierProposalType = z.infer<typeof AdminDecideTierProposal>

export const AdminEvaluateTiers = z.strictObject({
  /** The month evaluated ("YYYY-MM"); default: the last complete month in the merchant's zone. */
  period: z
    .string()
    .regex(/^2\d{3}-(0[1-9]|1[0-2])$/, "must be a month such as 2026-11")
    .optional(),
})
export type AdminEvaluateTiersType = z.infer<typeof AdminEvaluateTiers>

export const EmptyQuery = z.strictObject({})
