import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../types/module-names"
import { statementSummaries } from "../../../../shared/commission-views"
import { periodOf, periodRange, previousPeriod } from "../../../../../lib/commission/period"
import { currentDealer } from "../current-dealer"

const MONTHS = 12

/** The signed-in dealer's monthly statements of the last twelve months with any balance or activity, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const timezone = commission.getOptions().timezone
  const statements: Awaited<ReturnType<typeof statementSummaries>> = []
  let period = periodOf(new Date(), timezone)
  for (let i = 0; i < MONTHS; i++, period = previousPeriod(period)) {
    const range = { period, ...periodRange(period, timezone) }
    const { rows } = await commission.periodTotals(range, { dealer_id: dealer.id }, { offset: 0, limit: 10 })
    statements.push(...(await statementSummaries(req.scope, range, rows, { withDealer: false })))
  }
  res.json({ statements })
}
