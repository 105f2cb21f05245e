import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rebindCustomerWorkflow } from "../../../../../../workflows"
import { customerBindingView } from "../../binding-view"
import type { AdminRebindCustomerType } from "../../validators"

/** Who the customer is bound to (绑定关系), since when, through which link, and the chain above. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await customerBindingView(req.scope, req.params.id))
}

/** Rebinds the customer to another dealer, with a reason kept in the history. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRebindCustomerType>, res: MedusaResponse) => {
  await rebindCustomerWorkflow(req.scope).run({
    input: { customer_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json(await customerBindingView(req.scope, req.params.id))
}
