import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import type { AdminGetDealerHistoryParamsType } from "../../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetDealerHistoryParamsType>,
  res: MedusaResponse
) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  await service.retrieveDealer(req.params.id, { select: ["id"] })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: history, metadata } = await query.graph({
    entity: "dealer_history_entry",
    fields: req.queryConfig.fields,
    filters: { dealer_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({ history, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
