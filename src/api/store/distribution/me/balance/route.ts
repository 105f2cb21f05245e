import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../types/module-names"
import { currentDealer } from "../current-dealer"

/** The signed-in dealer's balance per currency: pending, available, paid and total. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  res.json({ balances: await commission.balances(dealer.id) })
}
