import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDealerTiersWorkflow } from "../../../../workflows"
import { refetchDealerTier, withDealerCounts } from "./helpers"
import type { AdminCreateDealerTierType, AdminGetDealerTiersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetDealerTiersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "dealer_tier",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    tiers: await withDealerCounts(req.scope, data),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerTierType>,
  res: MedusaResponse
) => {
  const {
    result: [created],
  } = await createDealerTiersWorkflow(req.scope).run({ input: { tiers: [req.validatedBody] } })
  res.status(201).json({ tier: await refetchDealerTier(req.scope, created.id, req.queryConfig.fields) })
}
