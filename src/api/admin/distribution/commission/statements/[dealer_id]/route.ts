import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import type { StatementQueryType } from "../../../../../shared/commission-validators"
import { buildStatement, sendStatementFile, statementCurrency, statementRange } from "../../../../../shared/commission-views"

/**
 * A dealer's statement (对账单) for a month or a date range: JSON, or a CSV /
 * XLSX download streamed row by row.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as StatementQueryType
  const distribution = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [dealer] = await distribution.listDealers(
    { id: req.params.dealer_id },
    { select: ["id", "code", "display_name"], withDeleted: true }
  )
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${req.params.dealer_id} was not found`)
  }
  const range = statementRange(req.scope, query)
  const currency = await statementCurrency(req.scope, dealer.id, query.currency_code)
  if (query.format !== "json") {
    return sendStatementFile(req.scope, res, dealer.id, range, currency, query.format)
  }
  const ref = { id: dealer.id, code: dealer.code, display_name: dealer.display_name }
  res.json({ statement: await buildStatement(req.scope, dealer.id, range, currency, { withDealer: true, dealer: ref }) })
}
