import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withRequestedTiers } from "./helpers"
import type { AdminGetDealerApplicationsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetDealerApplicationsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "dealer_application",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    applications: await withRequestedTiers(req.scope, data),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
