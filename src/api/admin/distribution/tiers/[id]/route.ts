import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteDealerTierWorkflow, updateDealerTierWorkflow } from "../../../../../workflows"
import { refetchDealerTier } from "../helpers"
import type { AdminUpdateDealerTierType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tier: await refetchDealerTier(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerTierType>,
  res: MedusaResponse
) => {
  await refetchDealerTier(req.scope, req.params.id, ["id"])
  await updateDealerTierWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ tier: await refetchDealerTier(req.scope, req.params.id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteDealerTierWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_tier", deleted: true })
}
