import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dashboardView } from "../../../../lib/performance/sql/performance-views"
import type { DashboardQueryType } from "../performance/validators"

/**
 * The Distribution dashboard: totals of the period with growth, a trend (per
 * day up to two months, per month beyond), top dealers, dealers per tier and
 * the commission liability (ledger balances pending / available / reserved / paid).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ dashboard: await dashboardView(req.scope, req.validatedQuery as DashboardQueryType) })
}
