import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../types/module-names"
import { ledgerEntryView } from "../../../../shared/commission-views"
import type { LedgerListQueryType } from "../../../../shared/commission-validators"
import { currentDealer } from "../current-dealer"

/** The signed-in dealer's own commission entries, newest first, with filters. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const { limit, offset, ...filters } = req.validatedQuery as LedgerListQueryType
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const { entries, count, totals } = await commission.listLedger({ ...filters, dealer_id: dealer.id }, { limit, offset })
  res.json({ entries: entries.map((e) => ledgerEntryView(e)), count, offset, limit, totals })
}
