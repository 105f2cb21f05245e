import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolvePayoutWorkflow } from "../../../../../../workflows/payout/workflows/resolve-payout"
import { retrievePayoutView } from "../../../../../shared/payout-views"

/** Marks a manual payout paid, with the bank reference; its commission becomes paid. */
export const POST = async (req: AuthenticatedMedusaRequest<{ reference: string }>, res: MedusaResponse) => {
  await resolvePayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, action: "mark_paid", reference: req.validatedBody.reference, actor_id: req.auth_context.actor_id },
  })
  res.json({ payout: await retrievePayoutView(req.scope, req.params.id, { withDealer: true }) })
}
