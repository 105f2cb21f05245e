import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { analysisWindow, EXPORT_PAGE, pgConnection, sendStockCsv } from "../export"
import { analysisStock } from "../queries"
import type { AnalysisStockQueryType } from "../validators"

/**
 * Stock per location × item with value, sales, days of cover, turnover and
 * the slow-mover flag; filters location_id, q (SKU/title), slow_only.
 * `?format=csv` downloads every matching row.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { period_days, format, limit, offset, ...filters } = req.validatedQuery as AnalysisStockQueryType
  const pg = pgConnection(req.scope)
  const window = analysisWindow(req.scope, period_days)
  if (format === "csv") {
    await sendStockCsv(res, async (at) => (await analysisStock(pg, window, { ...filters, limit: EXPORT_PAGE, offset: at })).rows)
    return
  }
  const { rows, count } = await analysisStock(pg, window, { ...filters, limit, offset })
  res.json({ period_days, slow_mover_days: window.slow_mover_days, rows, count, limit, offset })
}
