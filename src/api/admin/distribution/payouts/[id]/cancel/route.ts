import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolvePayoutWorkflow } from "../../../../../../workflows/payout/workflows/resolve-payout"
import { retrievePayoutView } from "../../../../../shared/payout-views"

/** Asks WeChat to cancel a transfer the dealer hasn't confirmed yet. */
export const POST = async (req: AuthenticatedMedusaRequest<Record<string, never>>, res: MedusaResponse) => {
  await resolvePayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, action: "cancel_transfer", actor_id: req.auth_context.actor_id },
  })
  res.json({ payout: await retrievePayoutView(req.scope, req.params.id, { withDealer: true }) })
}
