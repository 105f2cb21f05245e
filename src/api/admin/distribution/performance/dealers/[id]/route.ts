import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { dealerPerformanceView, type DealerRow } from "../../../../../../lib/performance/sql/performance-views"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import type { PerformancePeriodQueryType } from "../../validators"

/** One dealer's performance for a period: figures, previous period, growth, rank within its tier, trend. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [dealer] = await service.listDealers({ id: req.params.id }, { relations: ["tier"] })
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${req.params.id} was not found`)
  }
  const performance = await dealerPerformanceView(
    req.scope,
    dealer as unknown as DealerRow,
    req.validatedQuery as PerformancePeriodQueryType
  )
  res.json({ performance })
}
