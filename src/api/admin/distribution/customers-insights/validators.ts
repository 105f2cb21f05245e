import { z } from "@medusajs/framework/zod"
import { INSIGHT_ORDERS } from "./queries"

const decimal = z
  .union([z.string().trim(), z.number()])
  .transform((v) => String(v))
  .refine((v) => /^\d+(\.\d+)?$/.test(v), "Use a non-negative decimal amount, e.g. 5000 or 99.50.")

const ORDER_VALUES = INSIGHT_ORDERS.flatMap((o) => [o, `-${o}`]) as [string, ...string[]]

/** `?format=csv` downloads every matching customer as CSV; JSON otherwise. */
export const AdminCustomerInsightsListQuery = z
  .strictObject({
    /** A customer tier id, or "none" for customers in no tier. */
    tier_id: z.string().trim().min(1).max(100).optional(),
    dealer_id: z.string().trim().min(1).max(100).optional(),
    spend_min: decimal.optional(),
    spend_max: decimal.optional(),
    /** Spend and orders are measured in this currency; the store's default when absent. */
    currency_code: z.string().trim().regex(/^[A-Za-z]{3}$/).transform((v) => v.toLowerCase()).optional(),
    q: z.string().trim().max(200).optional().transform((v) => v || undefined),
    order: z.enum(ORDER_VALUES).default("-spend"),
    format: z.enum(["json", "csv"]).default("json"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((v) => v.spend_min == null || v.spend_max == null || Number(v.spend_min) <= Number(v.spend_max), {
    message: "spend_min must not be above spend_max.",
    path: ["spend_min"],
  })
export type AdminCustomerInsightsListQueryType = z.infer<typeof AdminCustomerInsightsListQuery>

export const AdminCustomerInsightQuery = z.strictObject({
  /** How many tier changes to include, newest first. */
  history_limit: z.coerce.number().int().min(0).max(100).default(20),
})
export type AdminCustomerInsightQueryType = z.infer<typeof AdminCustomerInsightQuery>
