import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { evaluateCustomerTiersInBatches } from "../../../../../workflows/customer-tier"
import type { AdminEvaluateCustomerTiersType } from "../validators"

/**
 * Evaluates tiers now (source "admin"): the given customers, or every
 * candidate the daily job would take. Returns how many were evaluated and
 * how many changed tier.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminEvaluateCustomerTiersType>, res: MedusaResponse) => {
  const result = await evaluateCustomerTiersInBatches(req.scope, {
    source: "admin",
    actor_id: req.auth_context.actor_id,
    customer_ids: req.validatedBody.customer_ids,
  })
  res.json(result)
}
