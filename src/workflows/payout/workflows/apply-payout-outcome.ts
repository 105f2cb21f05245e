import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RecordPayoutOutcomeInput, recordPayoutOutcomeStep } from "../steps/record-payout-outcome"
import { refreshPayoutBatchStatusStep } from "../steps/refresh-payout-batch-status"
import { syncPayoutLedgerStep } from "../steps/sync-payout-ledger"

export const applyPayoutOutcomeWorkflowId = "apply-payout-outcome"

/**
 * Applies what is known about a payout from outside the sender: a verified
 * provider callback, the admin marking a manual payout paid or failed, a
 * cancel or a refresh. Settles or releases the ledger when final.
 *
 * @example
 * await applyPayoutOutcomeWorkflow(container).run({
 *   input: { payout_id, outcome: { state: "succeeded" }, source: "manual", reference: "BANK-123", actor_id: "user_1" },
 * })
 */
export const applyPayoutOutcomeWorkflow = createWorkflow(
  applyPayoutOutcomeWorkflowId,
  (input: RecordPayoutOutcomeInput) => {
    const recorded = recordPayoutOutcomeStep(input)
    syncPayoutLedgerStep(
      transform({ input, recorded }, ({ input, recorded }) => ({ payout_ids: [recorded.payout_id], actor_id: input.actor_id ?? null }))
    )
    refreshPayoutBatchStatusStep(transform({ recorded }, ({ recorded }) => ({ batch_ids: [recorded.batch_id] })))
    return new WorkflowResponse(recorded)
  }
)
