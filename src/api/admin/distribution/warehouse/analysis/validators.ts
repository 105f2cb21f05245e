import { z } from "@medusajs/framework/zod"
import { STOCK_ORDERS } from "./queries"

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
/** `?format=csv` downloads the whole list (every page) as CSV; JSON otherwise. */
const format = z.enum(["json", "csv"]).default("json")
/** The period sales and turnover are measured over, in days ending now. */
const periodDays = z.coerce.number().int().min(1).max(3650).default(30)
const q = z.string().trim().max(200).optional().transform((v) => v || undefined)
const flag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0"])])
  .optional()
  .transform((v) => v === true || v === "true" || v === "1")

export const AnalysisSummaryQuery = z.strictObject({ period_days: periodDays, format })
export type AnalysisSummaryQueryType = z.infer<typeof AnalysisSummaryQuery>

export const STOCK_ORDER_VALUES = STOCK_ORDERS.flatMap((o) => [o, `-${o}`]) as [string, ...string[]]

export const AnalysisStockQuery = z.strictObject({
  location_id: z.string().trim().min(1).max(100).optional(),
  q,
  slow_only: flag,
  period_days: periodDays,
  order: z.enum(STOCK_ORDER_VALUES).optional(),
  format,
  ...page,
})
export type AnalysisStockQueryType = z.infer<typeof AnalysisStockQuery>

export const AnalysisNetworkQuery = z.strictObject({ q, format, ...page })
export type AnalysisNetworkQueryType = z.infer<typeof AnalysisNetworkQuery>
