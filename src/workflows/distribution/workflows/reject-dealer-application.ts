import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DealerApplicationStatus } from "../../../types/dealer-application-status"
import { retrievePendingApplicationStep } from "../steps/retrieve-pending-application"
import { updateDealerApplicationStep } from "../steps/update-dealer-application"

export type RejectDealerApplicationInput = {
  id: string
  reason: string
  actor_id?: string | null
}

export const rejectDealerApplicationWorkflowId = "reject-dealer-application"

/**
 * Rejects an open application with a reason the applicant can read; the
 * customer may then apply again.
 *
 * @example
 * await rejectDealerApplicationWorkflow(container).run({ input: { id: "dapp_1", reason: "Region already covered", actor_id: "user_1" } })
 */
export const rejectDealerApplicationWorkflow = createWorkflow(
  rejectDealerApplicationWorkflowId,
  (input: RejectDealerApplicationInput) => {
    retrievePendingApplicationStep(transform(input, ({ id }) => ({ id })))
    const application = updateDealerApplicationStep(
      transform(input, ({ id, reason, actor_id }) => ({
        id,
        status: DealerApplicationStatus.REJECTED,
        rejection_reason: reason,
        reviewed_by: actor_id ?? null,
        reviewed_at: new Date(),
      }))
    )
    return new WorkflowResponse(application)
  }
)
