import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveTierProposalStep } from "../steps/move-tier-proposal"

export type RejectDealerTierProposalInput = { id: string; actor_id?: string | null; note?: string | null }

export const rejectDealerTierProposalWorkflowId = "reject-dealer-tier-proposal"

/**
 * Rejects a tier proposal; the dealer stays where it is and the month is not
 * proposed again.
 *
 * @example
 * await rejectDealerTierProposalWorkflow(container).run({ input: { id: "dtprop_1", actor_id: "user_1", note: "New dealer" } })
 */
export const rejectDealerTierProposalWorkflow = createWorkflow(
  rejectDealerTierProposalWorkflowId,
  (input: RejectDealerTierProposalInput) => {
    const id = moveTierProposalStep(
      transform(input, (input) => ({ id: input.id, to: "rejected" as const, actor_id: input.actor_id ?? null, note: input.note ?? null }))
    )
    return new WorkflowResponse(id)
  }
)
