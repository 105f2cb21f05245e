/** Vocabulary of the payout module, shared by models, rules, providers and routes. */
export const PAYOUT_STATUSES = [
  "draft",
  "queued",
  "sending",
  "processing",
  "awaiting_confirmation",
  "succeeded",
  "failed",
  "canceled",
] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/** A payout in one of these is settled: its money is paid or released, and it never moves again. */
export const TERMINAL_PAYOUT_STATUSES = ["succeeded", "failed", "canceled"] as const satisfies readonly PayoutStatus[]

export const PAYOUT_BATCH_STATUSES = [
  "draft",
  "approved",
  "processing",
  "completed",
  "partially_failed",
  "canceled",
] as const
export type PayoutBatchStatus = (typeof PAYOUT_BATCH_STATUSES)[number]

export const PAYOUT_BATCH_SOURCES = ["admin", "schedule", "withdrawal"] as const
export type PayoutBatchSource = (typeof PAYOUT_BATCH_SOURCES)[number]

export const PAYOUT_ACCOUNT_STATUSES = ["unverified", "verified", "locked"] as const
export type PayoutAccountStatus = (typeof PAYOUT_ACCOUNT_STATUSES)[number]

export const PAYOUT_SKIP_REASONS = ["below_minimum", "no_account", "account_locked", "dealer_inactive"] as const
export type PayoutSkipReason = (typeof PAYOUT_SKIP_REASONS)[number]
