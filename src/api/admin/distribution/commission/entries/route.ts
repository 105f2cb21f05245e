import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../types/module-names"
import { dealerRefs, ledgerEntryView } from "../../../../shared/commission-views"
import type { LedgerListQueryType } from "../../../../shared/commission-validators"

/** The commission ledger with filters, newest first, and the filter's totals per currency. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as LedgerListQueryType & { dealer_id?: string }
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const { entries, count, totals } = await commission.listLedger(filters, { limit, offset })
  const dealers = await dealerRefs(req.scope, entries.map((e) => e.dealer_id))
  res.json({ entries: entries.map((e) => ledgerEntryView(e, dealers)), count, offset, limit, totals })
}
