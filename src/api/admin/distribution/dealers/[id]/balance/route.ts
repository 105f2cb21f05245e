import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type CommissionModuleService from "../../../../../../modules/commission/service"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../../../../../types/module-names"

/** A dealer's commission balance per currency: pending, available, paid and total. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const distribution = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [dealer] = await distribution.listDealers({ id: req.params.id }, { select: ["id"] })
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${req.params.id} was not found`)
  }
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  res.json({ balances: await commission.balances(dealer.id) })
}
