import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DealerStatus } from "../../../../types/dealer-status"
import { changeDealerStatusWorkflow } from "../../../../workflows"
import { refetchDealer } from "./helpers"
import type { AdminDealerStatusChangeType } from "./validators"

/** The handler behind suspend, reactivate and terminate: one status each. */
export function statusChangeRoute(status: DealerStatus) {
  return async (
    req: AuthenticatedMedusaRequest<AdminDealerStatusChangeType>,
    res: MedusaResponse
  ) => {
    await changeDealerStatusWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        status,
        reason: req.validatedBody.reason,
        actor_id: req.auth_context.actor_id,
      },
    })
    res.json({ dealer: await refetchDealer(req.scope, req.params.id, req.queryConfig.fields) })
  }
}
