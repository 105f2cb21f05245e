import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCustomerTierWorkflow } from "../../../../../../workflows/customer-tier"
import { customerTierView } from "../../views"
import type { AdminReplaceCustomerTierRulesType } from "../../validators"

/** Replaces every rule of the tier (an empty list leaves it with none: nobody qualifies). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReplaceCustomerTierRulesType>, res: MedusaResponse) => {
  await customerTierView(req.scope, req.params.id)
  await updateCustomerTierWorkflow(req.scope).run({ input: { id: req.params.id, rules: req.validatedBody.rules } })
  res.json({ tier: await customerTierView(req.scope, req.params.id) })
}
