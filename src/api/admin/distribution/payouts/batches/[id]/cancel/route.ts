import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPayoutBatchWorkflow } from "../../../../../../../workflows/payout/workflows/cancel-payout-batch"
import { retrievePayoutBatchView } from "../../../../../../shared/payout-views"

/** Cancels a batch nothing of which was sent yet; its money is available again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await cancelPayoutBatchWorkflow(req.scope).run({ input: { batch_id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ batch: await retrievePayoutBatchView(req.scope, req.params.id) })
}
