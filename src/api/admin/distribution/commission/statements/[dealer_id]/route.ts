import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StatementQueryType } from "../../../../../shared/commission-validators"
import { dealerRef, readStatement, sendStatementFile, statementParts, statementRange } from "../../../../../shared/commission-views"

/**
 * A dealer's statement (对账单) for a month or a date range: JSON, or a CSV /
 * XLSX download streamed row by row. As JSON the statement's figures and its
 * entries are one SQL statement, read beside the dealer (readStatement); a download
 * reads the dealer and the figures at once, then streams the entries.
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
  const statement = await readStatement(req.scope, dealerId, range, query.currency_code, { withDealer: true })
  if (!statement.dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${dealerId} was not found`)
  }
  res.json({ statement })
}
