import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvePayoutBatchWorkflow } from "../../../../../../../workflows/payout/workflows/approve-payout-batch"
import { retrievePayoutBatchView } from "../../../../../../shared/payout-views"

/** Approves a draft batch (recorded with the admin); sending starts in the background. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await approvePayoutBatchWorkflow(req.scope).run({ input: { batch_id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ batch: await retrievePayoutBatchView(req.scope, req.params.id) })
}
