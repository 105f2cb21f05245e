import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveBatchPayoutsStep } from "../steps/move-batch-payouts"
import { movePayoutBatchStep } from "../steps/move-payout-batch"

export const approvePayoutBatchWorkflowId = "approve-payout-batch"
/** Emitted when a batch is approved; the batch processor starts sending on it. */
export const PAYOUT_BATCH_APPROVED_EVENT = "distribution.payout_batch.approved"

/**
 * An admin approves a draft batch: the batch records who and when, its
 * payouts are queued, and the processor is told to start (in the
 * background, on a worker; a job picks up anything a restart interrupted).
 *
 * @example
 * await approvePayoutBatchWorkflow(container).run({ input: { batch_id: "pobat_01…", actor_id: "user_1" } })
 */
export const approvePayoutBatchWorkflow = createWorkflow(
  approvePayoutBatchWorkflowId,
  (input: { batch_id: string; actor_id: string | null }) => {
    movePayoutBatchStep(
      transform({ input }, ({ input }) => ({ batch_id: input.batch_id, from: ["draft" as const], to: "approved" as const, actor_id: input.actor_id }))
    )
    moveBatchPayoutsStep(
      transform({ input }, ({ input }) => ({
        batch_id: input.batch_id,
        from: ["draft" as const],
        to: "queued" as const,
        event: "approved",
        actor_id: input.actor_id,
      }))
    )
    emitEventStep({
      eventName: PAYOUT_BATCH_APPROVED_EVENT,
      data: transform({ input }, ({ input }) => ({ id: input.batch_id })),
    })
    return new WorkflowResponse({ batch_id: input.batch_id })
  }
)
