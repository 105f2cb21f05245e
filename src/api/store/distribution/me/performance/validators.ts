import { z } from "@medusajs/framework/zod"

const text = z.string().trim().max(200).optional().transform((v) => v || undefined)

/** `period=2026-11|2026-Q4|2026|this_month|last_30_days|custom&from&to`, optional `currency_code`. */
export const StorePerformanceQuery = z.strictObject({
  period: text,
  from: text,
  to: text,
  currency_code: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{3}$/, "must be a three-letter ISO currency code")
    .transform((v) => v.toLowerCase())
    .optional(),
})
export type StorePerformanceQueryType = z.infer<typeof StorePerformanceQuery>
