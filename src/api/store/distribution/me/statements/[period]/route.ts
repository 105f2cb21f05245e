import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parsePeriod } from "../../../../../../lib/commission/period"
import type { StatementQueryType } from "../../../../../shared/commission-validators"
import { readStatement, sendStatementFile, statementCurrency, statementRange } from "../../../../../shared/commission-views"
import { currentDealer } from "../../current-dealer"

/** The signed-in dealer's statement of one month (YYYY-MM), as JSON or a CSV / XLSX download. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const query = req.validatedQuery as Omit<StatementQueryType, "period" | "from" | "to">
  const period = parsePeriod(req.params.period)
  if (!period) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The statement period must be a month as YYYY-MM, e.g. 2026-11.")
  }
  const range = statementRange(req.scope, { period })
  if (query.format !== "json") {
    const currency = await statementCurrency(req.scope, dealer.id, query.currency_code)
    return sendStatementFile(req.scope, res, dealer.id, range, currency, query.format)
  }
  res.json({ statement: await readStatement(req.scope, dealer.id, range, query.currency_code) })
}
