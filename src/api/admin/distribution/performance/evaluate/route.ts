import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { periodOf, previousPeriod } from "../../../../../lib/commission/period"
import { merchantTimeZone } from "../../../../../lib/performance/sql/performance-views"
import { runTierEvaluation } from "../../../../../workflows/performance/utils/run-tier-evaluation"
import type { AdminEvaluateTiersType } from "../validators"

/**
 * Runs the monthly tier evaluation now, for `period` (default: last month).
 * A dealer already proposed for that month gets nothing new.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { period } = req.validatedBody as AdminEvaluateTiersType
  const periodKey = period ?? previousPeriod(periodOf(new Date(), merchantTimeZone(req.scope)))
  const result = await runTierEvaluation(req.scope, periodKey)
  res.json({ evaluation: result })
}
