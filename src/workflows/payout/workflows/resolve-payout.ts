import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adminPayoutOutcomeStep } from "../steps/admin-payout-outcome"
import { assertPayoutActionStep } from "../steps/assert-payout"
import { recordPayoutOutcomeStep } from "../steps/record-payout-outcome"
import { refreshPayoutBatchStatusStep } from "../steps/refresh-payout-batch-status"
import { syncPayoutLedgerStep } from "../steps/sync-payout-ledger"

export type ResolvePayoutInput = {
  payout_id: string
  action: "mark_paid" | "mark_failed" | "cancel_transfer" | "refresh"
  /** mark_paid: the bank's reference. */
  reference?: string | null
  /** mark_failed: why. */
  reason?: string | null
  actor_id: string | null
}

export const resolvePayoutWorkflowId = "resolve-payout"

/**
 * An admin settles or checks one payout: marks a manual payout paid (with
 * the bank reference) or failed (with the reason), cancels a WeChat transfer
 * the dealer hasn't confirmed, or asks the provider now. Checked against the
 * payout's status and provider first (400 with why), then applied like any
 * provider answer, so the ledger is settled or released the same way.
 *
 * @example
 * await resolvePayoutWorkflow(container).run({ input: { payout_id, action: "mark_paid", reference: "BANK-20261125-001", actor_id: "user_1" } })
 */
export const resolvePayoutWorkflow = createWorkflow(resolvePayoutWorkflowId, (input: ResolvePayoutInput) => {
  const payout = assertPayoutActionStep(transform({ input }, ({ input }) => ({ payout_id: input.payout_id, action: input.action })))
  const outcome = adminPayoutOutcomeStep(
    transform({ input, payout }, ({ input, payout }) => ({ payout, action: input.action, reason: input.reason ?? null }))
  )
  const recorded = recordPayoutOutcomeStep(
    transform({ input, outcome }, ({ input, outcome }) => ({
      payout_id: input.payout_id,
      outcome,
      source: input.action,
      reference: input.reference ?? null,
      actor_id: input.actor_id,
    }))
  )
  syncPayoutLedgerStep(transform({ input, recorded }, ({ input, recorded }) => ({ payout_ids: [recorded.payout_id], actor_id: input.actor_id })))
  refreshPayoutBatchStatusStep(transform({ recorded }, ({ recorded }) => ({ batch_ids: [recorded.batch_id] })))
  return new WorkflowResponse(recorded)
})
