import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPayoutActionStep } from "../steps/assert-payout"
import { createPayoutsStep } from "../steps/create-payouts"
import { refreshPayoutBatchStatusStep } from "../steps/refresh-payout-batch-status"
import { reserveRetryFundsStep } from "../steps/reserve-retry-funds"
import { PAYOUT_BATCH_APPROVED_EVENT } from "./approve-payout-batch"

export const retryPayoutWorkflowId = "retry-payout"

/**
 * Retries a payout the provider confirmed failed (or that was canceled): a
 * new payout with a new id in the same batch, queued at once (the batch
 * was approved already), paying the same money.
 *
 * @example
 * const { result } = await retryPayoutWorkflow(container).run({ input: { payout_id, actor_id: "user_1" } })
 */
export const retryPayoutWorkflow = createWorkflow(
  retryPayoutWorkflowId,
  (input: { payout_id: string; actor_id: string | null }) => {
    const payout = assertPayoutActionStep(transform({ input }, ({ input }) => ({ payout_id: input.payout_id, action: "retry" as const })))
    const reservations = reserveRetryFundsStep(transform({ input, payout }, ({ input, payout }) => ({ payout, actor_id: input.actor_id })))
    const ids = createPayoutsStep(
      transform({ input, payout, reservations }, ({ input, payout, reservations }) => ({
        batch_id: payout.batch_id,
        provider_id: payout.provider_id,
        currency_code: payout.currency_code,
        reservations,
        require_any: true,
        status: "queued" as const,
        retry_of_id: payout.id,
        actor_id: input.actor_id,
      }))
    )
    refreshPayoutBatchStatusStep(transform({ payout }, ({ payout }) => ({ batch_ids: [payout.batch_id] })))
    emitEventStep({
      eventName: PAYOUT_BATCH_APPROVED_EVENT,
      data: transform({ payout }, ({ payout }) => ({ id: payout.batch_id })),
    })
    return new WorkflowResponse(transform({ ids }, ({ ids }) => ({ payout_id: ids[0] })))
  }
)
