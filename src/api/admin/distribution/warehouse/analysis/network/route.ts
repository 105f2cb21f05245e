import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPORT_PAGE, pgConnection, sendNetworkCsv } from "../export"
import { analysisNetwork } from "../queries"
import type { AnalysisNetworkQueryType } from "../validators"

/**
 * Stock of each inventory item across the whole network: producer's
 * locations, dealers' locations, and the split per location.
 * `?format=csv` downloads every matching item.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { q, format, limit, offset } = req.validatedQuery as AnalysisNetworkQueryType
  const pg = pgConnection(req.scope)
  if (format === "csv") {
    await sendNetworkCsv(res, async (at) => (await analysisNetwork(pg, { q, limit: EXPORT_PAGE, offset: at })).rows)
    return
  }
  const { rows, count } = await analysisNetwork(pg, { q, limit, offset })
  res.json({ rows, count, limit, offset })
}
