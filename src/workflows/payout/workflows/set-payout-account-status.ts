import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SetPayoutAccountStatusInput, setPayoutAccountStatusStep } from "../steps/set-payout-account-status"

export type { SetPayoutAccountStatusInput }

export const setPayoutAccountStatusWorkflowId = "set-payout-account-status"

/**
 * An admin verifies, locks (with a reason: locked accounts are skipped by
 * batches and can't be changed by the dealer) or unlocks a payout account.
 *
 * @example
 * await setPayoutAccountStatusWorkflow(container).run({ input: { account_id, action: "lock", reason: "Name mismatch", actor_id: "user_1" } })
 */
export const setPayoutAccountStatusWorkflow = createWorkflow(
  setPayoutAccountStatusWorkflowId,
  (input: SetPayoutAccountStatusInput) => new WorkflowResponse(setPayoutAccountStatusStep(input))
)
