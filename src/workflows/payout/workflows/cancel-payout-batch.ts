import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveBatchPayoutsStep } from "../steps/move-batch-payouts"
import { movePayoutBatchStep } from "../steps/move-payout-batch"
import { syncPayoutLedgerStep } from "../steps/sync-payout-ledger"

export const cancelPayoutBatchWorkflowId = "cancel-payout-batch"

/**
 * Cancels a draft or approved batch before anything was sent: its payouts
 * are canceled and their money is available again. A batch that has
 * started sending can't be canceled (cancel its unconfirmed WeChat
 * transfers one by one instead).
 *
 * @example
 * await cancelPayoutBatchWorkflow(container).run({ input: { batch_id, actor_id: "user_1" } })
 */
export const cancelPayoutBatchWorkflow = createWorkflow(
  cancelPayoutBatchWorkflowId,
  (input: { batch_id: string; actor_id: string | null }) => {
    movePayoutBatchStep(
      transform({ input }, ({ input }) => ({
        batch_id: input.batch_id,
        from: ["draft" as const, "approved" as const],
        to: "canceled" as const,
        actor_id: input.actor_id,
      }))
    )
    const canceled = moveBatchPayoutsStep(
      transform({ input }, ({ input }) => ({
        batch_id: input.batch_id,
        from: ["draft" as const, "queued" as const],
        to: "canceled" as const,
        event: "batch_canceled",
        actor_id: input.actor_id,
      }))
    )
    syncPayoutLedgerStep(transform({ canceled, input }, ({ canceled, input }) => ({ payout_ids: canceled, actor_id: input.actor_id })))
    return new WorkflowResponse({ batch_id: input.batch_id })
  }
)
