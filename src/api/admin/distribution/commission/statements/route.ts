import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../types/module-names"
import { statementRange, statementSummaries } from "../../../../shared/commission-views"
import type { AdminListStatementsQueryType } from "../validators"

/** Every dealer's statement figures for a month (the current one by default). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { period, dealer_id, currency_code, limit, offset } = req.validatedQuery as AdminListStatementsQueryType
  const range = statementRange(req.scope, { period })
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const { rows, count } = await commission.periodTotals(range, { dealer_id, currency_code }, { offset, limit })
  res.json({
    statements: await statementSummaries(req.scope, range, rows),
    count,
    offset,
    limit,
    period: range.period,
  })
}
