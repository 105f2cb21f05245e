import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leagueView } from "../../../../../lib/performance/sql/performance-views"
import { sendLeagueCsv } from "../export"
import type { PerformanceLeagueQueryType } from "../validators"

/**
 * The league table: every dealer's figures for the period (optionally one
 * tier's), its growth and rank within its tier; `?format=csv` downloads all rows.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { format, ...q } = req.validatedQuery as PerformanceLeagueQueryType
  if (format === "csv") {
    await sendLeagueCsv(req.scope, res, q)
    return
  }
  res.json(await leagueView(req.scope, q))
}
