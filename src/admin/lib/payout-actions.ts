import {
  AdminPayout,
  AdminPayoutProvider,
  PAYOUT_SKIP_REASONS,
  PayoutAccountStatus,
  PayoutBatchProgress,
  PayoutBatchStatus,
  PayoutSkip,
  PayoutSkipReason,
  PayoutStatus,
} from "../types/payout"

// What the admin may do with a batch, a payout or an account, mirrored from
// the API's rules so the UI only offers what the server accepts (the server
// still decides: a refusal is shown as its message).

/** How often a batch being paid (and its payouts) is fetched again. */
export const PAYOUT_POLL_MS = 2000

/** While approved or processing the batch moves on its own: it is polled. */
export const isBatchActive = (status: PayoutBatchStatus) =>
  status === "approved" || status === "processing"

/** Only a draft batch is approved. */
export const canApproveBatch = (status: PayoutBatchStatus) => status === "draft"

/** Draft or approved (nothing sent yet): the unsent payouts are canceled. */
export const canCancelBatch = (status: PayoutBatchStatus) =>
  status === "draft" || status === "approved"

/**
 * Whether the admin settles this provider's payouts by hand (marks them paid
 * or failed): the providers list says so; before it loads, only "manual" does.
 */
export const settlesManually = (
  providerId: string,
  providers?: Pick<AdminPayoutProvider, "id" | "settles_manually">[] | null
): boolean => {
  const provider = providers?.find((candidate) => candidate.id === providerId)
  return provider ? provider.settles_manually : providerId === "manual"
}

export type PayoutRowAction =
  | "remove"
  | "retry"
  | "mark_paid"
  | "mark_failed"
  | "cancel_transfer"
  | "refresh"

const REFRESHABLE: PayoutStatus[] = ["sending", "processing", "awaiting_confirmation"]

/**
 * The actions one payout row offers, in menu order:
 * - remove: a draft payout of a draft batch (the dealer leaves the batch);
 * - retry: failed or canceled and not retried yet, in a batch that was sent;
 * - mark paid / mark failed: a hand-settled provider's payout in flight;
 * - cancel transfer: a WeChat transfer waiting for the dealer to confirm;
 * - refresh: anything the provider may have moved on (query it now).
 */
export const payoutRowActions = (
  payout: Pick<AdminPayout, "status" | "provider_id" | "retried_by_id">,
  { batchStatus, manual }: { batchStatus: PayoutBatchStatus; manual: boolean }
): PayoutRowAction[] => {
  const actions: PayoutRowAction[] = []
  const { status } = payout

  if (status === "draft" && batchStatus === "draft") {
    actions.push("remove")
  }
  if (
    (status === "failed" || status === "canceled") &&
    !payout.retried_by_id &&
    batchStatus !== "draft" &&
    batchStatus !== "canceled"
  ) {
    actions.push("retry")
  }
  if (manual && status === "processing") {
    actions.push("mark_paid", "mark_failed")
  }
  if (payout.provider_id === "wechatpay" && status === "awaiting_confirmation") {
    actions.push("cancel_transfer")
  }
  if (REFRESHABLE.includes(status)) {
    actions.push("refresh")
  }
  return actions
}

/** Widths (percent of all payouts) of the bar's succeeded, failed and canceled parts. */
export const progressShares = (
  progress: Pick<PayoutBatchProgress, "total" | "succeeded" | "failed" | "canceled">
) => {
  const { total } = progress
  const share = (count: number) =>
    total > 0 ? Math.min(100, Math.max(0, (count / total) * 100)) : 0
  return {
    succeeded: share(progress.succeeded),
    failed: share(progress.failed),
    canceled: share(progress.canceled),
  }
}

/** Whole percent of the batch that is settled, rounded down (never 100 until all are). */
export const progressPercent = ({ done, total }: Pick<PayoutBatchProgress, "done" | "total">) =>
  total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0

/** Skipped dealers counted per reason, in a fixed order, reasons with none left out. */
export const summarizeSkipped = (
  skipped: Pick<PayoutSkip, "reason">[]
): { reason: PayoutSkipReason; count: number }[] =>
  PAYOUT_SKIP_REASONS.map((reason) => ({
    reason,
    count: skipped.filter((skip) => skip.reason === reason).length,
  })).filter(({ count }) => count > 0)

export type PayoutAccountAction = "verify" | "lock" | "unlock"

/** Verify an unverified account; lock any account that is not locked; unlock a locked one. */
export const payoutAccountActions = (status: PayoutAccountStatus): PayoutAccountAction[] => {
  switch (status) {
    case "unverified":
      return ["verify", "lock"]
    case "verified":
      return ["lock"]
    case "locked":
      return ["unlock"]
    default:
      return []
  }
}

// Bookkeeping fields of a snapshot that say nothing about where money goes.
const IGNORED_CHANGE_FIELDS = new Set(["id", "account_id", "dealer_id", "created_at", "updated_at", "deleted_at"])

const display = (value: unknown): string | null => {
  if (value === null || value === undefined || value === "") {
    return null
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value)
}

/**
 * The fields an account change touched, before → after (null: not set), in
 * the order they first appear. A first setup (`before` null) lists every
 * field the new account has.
 */
export const accountChangeFields = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null
): { field: string; before: string | null; after: string | null }[] => {
  const fields = Array.from(new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]))
  return fields
    .filter((field) => !IGNORED_CHANGE_FIELDS.has(field))
    .map((field) => ({
      field,
      before: display(before?.[field]),
      after: display(after?.[field]),
    }))
    .filter((change) => change.before !== change.after)
}
