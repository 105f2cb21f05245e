import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retryPayoutWorkflow } from "../../../../../../workflows/payout/workflows/retry-payout"
import { retrievePayoutView } from "../../../../../shared/payout-views"

/** A new payout (new id) for a confirmed-failed or canceled one, sent at once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await retryPayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ payout: await retrievePayoutView(req.scope, result.payout_id, { withDealer: true }) })
}
