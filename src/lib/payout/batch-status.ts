import type { PayoutBatchStatus, PayoutStatus } from "../../types/payout"

/**
 * A batch's progress and status are derived from its payouts' statuses, never
 * kept as separate counters, so they can't drift from the payouts.
 * The caller counts only the payouts that stand: a failed payout that was
 * retried is replaced by its retry and left out of the counts.
 */

export type PayoutBatchProgress = {
  total: number
  /** Settled: succeeded + failed + canceled. */
  done: number
  succeeded: number
  failed: number
  canceled: number
  /** Approved and not settled yet (queued, sending, processing, awaiting_confirmation). */
  in_flight: number
  /** Sum of the succeeded payouts' amounts (decimal string, as given). */
  amount_succeeded: string
}

const IN_FLIGHT: readonly PayoutStatus[] = ["queued", "sending", "processing", "awaiting_confirmation"]

/** Missing statuses count as zero, so a GROUP BY result can be passed as it is. */
export function batchProgress(
  counts: Partial<Record<PayoutStatus, number>>,
  amountSucceeded: string
): PayoutBatchProgress {
  const n = (status: PayoutStatus) => counts[status] ?? 0
  const succeeded = n("succeeded")
  const failed = n("failed")
  const canceled = n("canceled")
  const in_flight = IN_FLIGHT.reduce((sum, status) => sum + n(status), 0)
  const done = succeeded + failed + canceled
  return {
    total: done + in_flight + n("draft"),
    done,
    succeeded,
    failed,
    canceled,
    in_flight,
    amount_succeeded: amountSucceeded,
  }
}

/**
 * The status a batch should have now. Only a batch that has started sending
 * follows its payouts: processing while any payout is unsettled, completed
 * when all succeeded, partially_failed when all settled and some didn't pay.
 * A completed/partially_failed batch goes back to processing when a payout is
 * retried. draft, approved and canceled are set by the admin's actions (and
 * by the sender when it starts), never by counts.
 */
export function nextBatchStatus(current: PayoutBatchStatus, progress: PayoutBatchProgress): PayoutBatchStatus {
  if (current === "draft" || current === "approved" || current === "canceled") return current
  // No payouts to judge by: leave it as it is rather than claim it completed.
  if (progress.total === 0) return current
  if (progress.done < progress.total) return "processing"
  return progress.succeeded === progress.total ? "completed" : "partially_failed"
}
