import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { analysisWindow, pgConnection, sendSummaryCsv } from "../export"
import { analysisSummary } from "../queries"
import type { AnalysisSummaryQueryType } from "../validators"

/** Stock, value and sales per stock location, with the totals; `?format=csv` downloads it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { period_days, format } = req.validatedQuery as AnalysisSummaryQueryType
  const summary = await analysisSummary(pgConnection(req.scope), analysisWindow(req.scope, period_days))
  if (format === "csv") {
    await sendSummaryCsv(res, summary)
    return
  }
  res.json(summary)
}
