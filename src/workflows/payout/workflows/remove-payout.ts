import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPayoutActionStep } from "../steps/assert-payout"
import { moveBatchPayoutsStep } from "../steps/move-batch-payouts"
import { syncPayoutLedgerStep } from "../steps/sync-payout-ledger"

export const removePayoutWorkflowId = "remove-payout"

/**
 * Takes a dealer out of a draft batch: the payout is canceled and the money
 * it reserved is available again (for the next batch).
 *
 * @example
 * await removePayoutWorkflow(container).run({ input: { payout_id, actor_id: "user_1" } })
 */
export const removePayoutWorkflow = createWorkflow(
  removePayoutWorkflowId,
  (input: { payout_id: string; actor_id: string | null }) => {
    const payout = assertPayoutActionStep(transform({ input }, ({ input }) => ({ payout_id: input.payout_id, action: "remove" as const })))
    const removed = moveBatchPayoutsStep(
      transform({ input, payout }, ({ input, payout }) => ({
        batch_id: payout.batch_id,
        payout_ids: [input.payout_id],
        from: ["draft" as const],
        to: "canceled" as const,
        event: "removed",
        actor_id: input.actor_id,
      }))
    )
    syncPayoutLedgerStep(transform({ removed, input }, ({ removed, input }) => ({ payout_ids: removed, actor_id: input.actor_id })))
    return new WorkflowResponse({ payout_id: input.payout_id })
  }
)
