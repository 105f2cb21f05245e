import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StatementQueryType } from "../../../../../shared/commission-validators"
import { dealerRef, readStatement, sendStatementFile, statementParts, statementRange } from "../../../../../shared/commission-views"

/**
 * A dealer's statement (对账单) for a month or a date range: JSON, or a CSV /
 * XLSX download streamed row by row. The dealer, the statement's figures
 * (one ledger query) and, with a currency asked for, its entries are read at once.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as StatementQueryType
  const range = statementRange(req.scope, query)
  const dealerId = req.params.dealer_id
  if (query.format !== "json") {
    const [dealer, parts] = await Promise.all([
      dealerRef(req.scope, dealerId),
      statementParts(req.scope, dealerId, range, query.currency_code),
    ])
    if (!dealer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${dealerId} was not found`)
    }
    return sendStatementFile(req.scope, res, dealer.id, range, parts.currency, query.format, { withDealer: true, dealer, parts })
  }
  const [dealer, statement] = await Promise.all([
    dealerRef(req.scope, dealerId),
    readStatement(req.scope, dealerId, range, query.currency_code),
  ])
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${dealerId} was not found`)
  }
  const { dealer_id, ...rest } = statement
  res.json({ statement: { dealer_id, dealer, ...rest } })
}
