import type { TransferOutcome } from "../../modules/payout/providers/types"
import { PayoutStatus, TERMINAL_PAYOUT_STATUSES } from "../../types/payout"

/**
 * The payout state machine. Every status change goes through here, so a late
 * or repeated provider answer (a duplicate callback, a query racing a
 * callback) can never un-pay a dealer or pay twice.
 */

/** A settled payout: its money is paid or released and it never moves again. */
export function isTerminal(status: PayoutStatus): boolean {
  return (TERMINAL_PAYOUT_STATUSES as readonly PayoutStatus[]).includes(status)
}

/** Only these give the reserved money back to the dealer's available balance. */
export function releasesMoney(status: PayoutStatus): boolean {
  return status === "failed" || status === "canceled"
}

/**
 * Every allowed move. Reading it row by row:
 * - draft: queued when the batch is approved, canceled when removed or the batch is canceled.
 * - queued: sending when the create call starts; canceled with the batch; an outcome may also
 *   land here (a create that arrived after a not_found sent it back to queued).
 * - sending / processing: back to queued only on not_found (the create never arrived; it is
 *   sent again with the same out_bill_no, so the provider still makes one transfer).
 * - awaiting_confirmation -> processing is real: WeChat goes WAIT_USER_CONFIRM -> TRANSFERING -> SUCCESS.
 * - terminal statuses have no way out.
 */
export const PAYOUT_TRANSITIONS: Readonly<Record<PayoutStatus, readonly PayoutStatus[]>> = {
  draft: ["queued", "canceled"],
  queued: ["sending", "processing", "awaiting_confirmation", "succeeded", "failed", "canceled"],
  sending: ["queued", "processing", "awaiting_confirmation", "succeeded", "failed", "canceled"],
  processing: ["queued", "awaiting_confirmation", "succeeded", "failed", "canceled"],
  awaiting_confirmation: ["processing", "succeeded", "failed", "canceled"],
  succeeded: [],
  failed: [],
  canceled: [],
}

/** Whether a payout may move from `from` to `to` (staying put is not a transition). */
export function canTransition(from: PayoutStatus, to: PayoutStatus): boolean {
  return PAYOUT_TRANSITIONS[from]?.includes(to) ?? false
}

/** An action that the payout's status doesn't allow: the caller answers 400 with the message. */
export class PayoutStateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "PayoutStateError"
  }
}

export function assertTransition(from: PayoutStatus, to: PayoutStatus): void {
  if (!canTransition(from, to)) {
    throw new PayoutStateError(`A payout can't go from ${from} to ${to}.`)
  }
}

/** mark-paid / mark-failed (manual provider): only once the payout is out for the admin to pay. */
export function assertManualSettlable(status: PayoutStatus): void {
  if (status !== "processing") {
    throw new PayoutStateError(`Only a processing payout can be marked paid or failed; this one is ${status}.`)
  }
}

/** Retry: only a settled-without-paying payout that has not been retried already. */
export function assertRetryable(payout: { status: PayoutStatus; retried_by_id?: string | null }): void {
  if (!releasesMoney(payout.status)) {
    throw new PayoutStateError(`Only a failed or canceled payout can be retried; this one is ${payout.status}.`)
  }
  if (payout.retried_by_id) {
    throw new PayoutStateError("This payout has already been retried.")
  }
}

/** Remove from a batch: only while the batch (and so the payout) is still a draft. */
export function assertRemovable(status: PayoutStatus): void {
  if (status !== "draft") {
    throw new PayoutStateError(`Only a payout in a draft batch can be removed; this one is ${status}.`)
  }
}

/** Cancel at the provider: WeChat lets a transfer be canceled only while the dealer hasn't confirmed it. */
export function assertProviderCancelable(status: PayoutStatus): void {
  if (status !== "awaiting_confirmation") {
    throw new PayoutStateError(
      `Only a payout awaiting the dealer's confirmation can be canceled; this one is ${status}.`
    )
  }
}

export type OutcomeResult = { status: PayoutStatus; needs_query: boolean }

/**
 * What a provider's answer (create, query or callback) does to a payout.
 * null: ignore the answer entirely (write nothing). Otherwise write the status
 * and needs_query, plus the outcome's details (provider_state, reference,
 * package_info, failure_reason), even when the status stays the same.
 */
export function applyOutcome(
  current: { status: PayoutStatus; provider_state?: string | null },
  outcome: Pick<TransferOutcome, "state"> & { provider_state?: string | null }
): OutcomeResult | null {
  const from = current.status
  // Settled is settled: a duplicate SUCCESS is a no-op and a FAIL after SUCCESS never un-pays.
  if (isTerminal(from)) return null
  // A draft was never sent; nothing a provider says can be about it.
  if (from === "draft") return null
  // A late answer about an earlier stage (an old callback replayed, a query overtaken by a
  // callback) is old news: WAIT_USER_CONFIRM after TRANSFERING must not undo the dealer's confirmation.
  // (Only once the provider has told us a stage: a queued or sending payout takes any answer.)
  if (
    (from === "processing" || from === "awaiting_confirmation") &&
    isEarlierProviderState(outcome.provider_state, current.provider_state)
  ) {
    return null
  }

  switch (outcome.state) {
    case "unknown":
      // We don't know whether the create arrived: keep the money reserved and ask again later.
      // A sending/queued payout is in flight as far as anyone can tell, so it shows as processing.
      return { status: from === "sending" || from === "queued" ? "processing" : from, needs_query: true }

    case "not_found":
      if (from === "sending" || from === "processing") return { status: "queued", needs_query: false }
      // queued: not sent yet, so "not found" is no news.
      if (from === "queued") return null
      // awaiting_confirmation: the provider told us it had the transfer; "not found" now is
      // inconsistent, so keep the status and ask again rather than send a second time.
      return { status: from, needs_query: true }

    case "processing":
    case "awaiting_confirmation":
    case "succeeded":
    case "failed":
    case "canceled": {
      const to = outcome.state
      if (to !== from && !canTransition(from, to)) return null
      return { status: to, needs_query: false }
    }

    default:
      // A provider returned a state this version doesn't know: treat it as unknown.
      return { status: from === "sending" || from === "queued" ? "processing" : from, needs_query: true }
  }
}

/**
 * The stages a provider's transfer goes through, in order (WeChat Pay's
 * transfer-bill states; other providers report none). States of one stage
 * may follow each other either way.
 */
const PROVIDER_STATE_STAGE: Readonly<Record<string, number>> = {
  ACCEPTED: 0,
  PROCESSING: 1,
  WAIT_USER_CONFIRM: 2,
  TRANSFERING: 3,
  CANCELING: 3,
  SUCCESS: 4,
  FAIL: 4,
  CANCELLED: 4,
}

/** Whether `next` is a stage the transfer already left (both must be known states). */
export function isEarlierProviderState(next: string | null | undefined, current: string | null | undefined): boolean {
  const a = next ? PROVIDER_STATE_STAGE[next] : undefined
  const b = current ? PROVIDER_STATE_STAGE[current] : undefined
  return a !== undefined && b !== undefined && a < b
}
