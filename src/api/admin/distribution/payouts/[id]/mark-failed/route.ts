import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolvePayoutWorkflow } from "../../../../../../workflows/payout/workflows/resolve-payout"
import { retrievePayoutView } from "../../../../../shared/payout-views"

/** Marks a manual payout failed, with the reason; its money is available again. */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  await resolvePayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, action: "mark_failed", reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  res.json({ payout: await retrievePayoutView(req.scope, req.params.id, { withDealer: true }) })
}
