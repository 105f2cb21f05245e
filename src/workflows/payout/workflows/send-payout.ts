import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordPayoutOutcomeStep } from "../steps/record-payout-outcome"
import { refreshPayoutBatchStatusStep } from "../steps/refresh-payout-batch-status"
import { sendPayoutStep } from "../steps/send-payout"
import { syncPayoutLedgerStep } from "../steps/sync-payout-ledger"

export const sendPayoutWorkflowId = "send-payout"

/**
 * Sends one payout (or, if its outcome is unknown, asks the provider about
 * it), applies the answer, settles or releases its money in the ledger when
 * it is final, and updates the batch's status. Run by the batch processor;
 * safe to run any number of times for the same payout.
 *
 * @example
 * await sendPayoutWorkflow(container).run({ input: { payout_id: "po_01…" } })
 */
export const sendPayoutWorkflow = createWorkflow(sendPayoutWorkflowId, (input: { payout_id: string }) => {
  const outcome = sendPayoutStep(input)
  const recorded = recordPayoutOutcomeStep(
    transform({ input, outcome }, ({ input, outcome }) => ({ payout_id: input.payout_id, outcome, source: "send" }))
  )
  syncPayoutLedgerStep(transform({ recorded }, ({ recorded }) => ({ payout_ids: [recorded.payout_id] })))
  refreshPayoutBatchStatusStep(transform({ recorded }, ({ recorded }) => ({ batch_ids: [recorded.batch_id] })))
  return new WorkflowResponse(recorded)
})
