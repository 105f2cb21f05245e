import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutBatchSource } from "../../../types/payout"
import { createPayoutBatchRowStep } from "../steps/create-payout-batch"
import { createPayoutsStep } from "../steps/create-payouts"
import { loadPayoutCandidatesStep } from "../steps/load-payout-candidates"
import { reservePayoutFundsStep } from "../steps/reserve-payout-funds"

export type CreatePayoutBatchWorkflowInput = {
  currency_code: string
  provider_id: string
  dealer_ids?: string[]
  note?: string | null
  source: PayoutBatchSource
  schedule_key?: string | null
  created_by?: string | null
  /** Refuse (400) when nobody qualifies, instead of leaving an empty draft. */
  require_any: boolean
}

export const createPayoutBatchWorkflowId = "create-payout-batch"

/**
 * Makes a draft payout batch: every dealer whose available balance in the
 * currency is at least the minimum, who is active and has an unlocked
 * account with the provider, gets one payout for that balance, which is
 * reserved in the ledger at once. If anything fails, the reservations are
 * released and the batch removed.
 *
 * @example
 * const { result } = await createPayoutBatchWorkflow(container).run({
 *   input: { currency_code: "cny", provider_id: "wechatpay", source: "admin", created_by: "user_1", require_any: true },
 * })
 */
export const createPayoutBatchWorkflow = createWorkflow(
  createPayoutBatchWorkflowId,
  (input: CreatePayoutBatchWorkflowInput) => {
    const candidates = loadPayoutCandidatesStep(input)
    const batch = createPayoutBatchRowStep(input)
    const reservations = reservePayoutFundsStep(
      transform({ input, candidates }, ({ input, candidates }) => ({
        payees: candidates.payees,
        currency_code: input.currency_code,
        minimum: candidates.minimum,
        actor_id: input.created_by ?? null,
      }))
    )
    const payoutIds = createPayoutsStep(
      transform({ input, candidates, batch, reservations }, ({ input, candidates, batch, reservations }) => ({
        batch_id: batch.id,
        provider_id: input.provider_id,
        currency_code: input.currency_code,
        reservations,
        skipped: candidates.skipped,
        require_any: input.require_any,
        actor_id: input.created_by ?? null,
      }))
    )
    return new WorkflowResponse(
      transform({ batch, candidates, payoutIds }, ({ batch, candidates, payoutIds }) => ({
        batch_id: batch.id,
        payout_ids: payoutIds,
        skipped: candidates.skipped,
      }))
    )
  }
)
