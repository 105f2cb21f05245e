import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePayoutWorkflow } from "../../../../../../workflows/payout/workflows/remove-payout"
import { retrievePayoutView } from "../../../../../shared/payout-views"

/** Takes the dealer out of a draft batch; the money is available again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removePayoutWorkflow(req.scope).run({ input: { payout_id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ payout: await retrievePayoutView(req.scope, req.params.id, { withDealer: true }) })
}
