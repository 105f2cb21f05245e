import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolvePayoutWorkflow } from "../../../../../../workflows/payout/workflows/resolve-payout"
import { retrievePayoutView } from "../../../../../shared/payout-views"

/** Asks the provider about the payout now. */
export const POST = async (req: AuthenticatedMedusaRequest<Record<string, never>>, res: MedusaResponse) => {
  await resolvePayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, action: "refresh", actor_id: req.auth_context.actor_id },
  })
  res.json({ payout: await retrievePayoutView(req.scope, req.params.id, { withDealer: true }) })
}
