/**
 * Shapes of the payout API (admin). Amounts are decimal strings; dates are
 * ISO strings. The vocabularies mirror the backend's `src/types/payout.ts`
 * (the admin bundle keeps its own copy, as it does for every other module).
 */
import { LedgerEntry } from "./commission"
import { PaginatedResponse } from "./list-response"

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

export const PAYOUT_SKIP_REASONS = [
  "below_minimum",
  "no_account",
  "account_locked",
  "dealer_inactive",
] as const
export type PayoutSkipReason = (typeof PAYOUT_SKIP_REASONS)[number]

/** Built-in providers; a plugin option may add custom ones (any string id). */
export const BUILTIN_PAYOUT_PROVIDERS = ["manual", "wechatpay"] as const

export type PayoutExportFormat = "csv" | "xlsx"

/** The account a payout goes to, masked as the API sends it. */
export type PayoutAccountSnapshot = {
  provider_id: string
  status: PayoutAccountStatus
  openid_masked?: string | null
  real_name_masked?: string | null
  bank_name?: string | null
  account_holder?: string | null
  account_number_masked?: string | null
}

export type AdminPayout = {
  id: string
  batch_id: string
  dealer_id: string
  dealer: { id: string; code: string; name: string } | null
  provider_id: string
  currency_code: string
  amount: string
  status: PayoutStatus
  out_bill_no: string
  provider_state: string | null
  provider_reference: string | null
  package_info: string | null
  failure_reason: string | null
  /** Manual provider: the bank reference the admin typed when marking it paid. */
  reference: string | null
  /** The outcome is unknown: the provider is queried before anything else happens. */
  needs_query: boolean
  last_error: string | null
  retry_of_id: string | null
  retried_by_id: string | null
  account: PayoutAccountSnapshot | null
  sent_at: string | null
  completed_at: string | null
  created_at: string
  updated_at: string
}

export type PayoutBatchProgress = {
  total: number
  done: number
  succeeded: number
  failed: number
  canceled: number
  in_flight: number
  amount_succeeded: string
}

export type AdminPayoutBatch = {
  id: string
  currency_code: string
  provider_id: string
  status: PayoutBatchStatus
  source: PayoutBatchSource
  note: string | null
  total_amount: string
  created_by: string | null
  approved_by: string | null
  approved_at: string | null
  completed_at: string | null
  created_at: string
  updated_at: string
  progress: PayoutBatchProgress
}

export type AdminPayoutAccount = {
  id: string
  dealer_id: string
  provider_id: string
  status: PayoutAccountStatus
  openid_masked: string | null
  real_name_masked: string | null
  bank_name: string | null
  account_holder: string | null
  account_number_masked: string | null
  lock_reason: string | null
  verified_at: string | null
  verified_by: string | null
  locked_at: string | null
  locked_by: string | null
  created_at: string
  updated_at: string
}

export type AdminPayoutAccountChange = {
  id: string
  account_id: string
  provider_id: string
  /** customer: the dealer, signed in on the storefront; user: an admin. */
  actor_type: "customer" | "user"
  actor_id: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown>
  created_at: string
}

/**
 * Known kinds of payout event; a newer server may send others (shown under
 * their raw name). `*_answer` events carry a `PayoutAnswerDetail`.
 */
export const PAYOUT_EVENT_KINDS = [
  "created",
  "retry_created",
  "approved",
  "batch_canceled",
  "removed",
  "send_answer",
  "query_answer",
  "callback_answer",
  "mark_paid_answer",
  "mark_failed_answer",
  "cancel_transfer_answer",
  "refresh_answer",
] as const
export type PayoutEventKind = (typeof PAYOUT_EVENT_KINDS)[number]

export type AdminPayoutEvent = {
  id: string
  kind: string
  /** Shape depends on the kind; read it through `lib/payout-events`. */
  detail: unknown
  /** The admin user behind it, when an admin acted. */
  actor_id: string | null
  created_at: string
}

export type AdminPayoutProvider = {
  id: string
  settles_manually: boolean
  /** Smallest amount the provider sends, per lower-case currency code. */
  minimum_amounts: Record<string, string>
}

export type PayoutSkip = {
  dealer_id: string
  dealer_code: string
  available: string
  reason: PayoutSkipReason
}

export type AdminPayoutBatchListParams = {
  status?: PayoutBatchStatus
  currency_code?: string
  provider_id?: string
  source?: PayoutBatchSource
  offset?: number
  limit?: number
}

export type AdminPayoutBatchListResponse = PaginatedResponse<"batches", AdminPayoutBatch>
export type AdminPayoutBatchResponse = { batch: AdminPayoutBatch }

export type AdminCreatePayoutBatch = {
  currency_code: string
  provider_id: string
  dealer_ids?: string[]
  note?: string
}
export type AdminCreatePayoutBatchResponse = { batch: AdminPayoutBatch; skipped: PayoutSkip[] }

export type AdminPayoutListParams = {
  batch_id?: string
  dealer_id?: string
  status?: PayoutStatus
  offset?: number
  limit?: number
}

export type AdminPayoutListResponse = PaginatedResponse<"payouts", AdminPayout>
export type AdminPayoutResponse = { payout: AdminPayout }
/**
 * `GET /payouts/:id`: the payout, its events oldest first, and the ledger
 * entries it pays (the ones it reserved, whatever became of them, plus its own
 * `payout` entry once it succeeded).
 */
export type AdminPayoutDetailResponse = {
  payout: AdminPayout
  events: AdminPayoutEvent[]
  entries: LedgerEntry[]
  /** Exact sum of the entries paid for (the payout's own `payout` entry left out). */
  entries_total: string
}

export type AdminPayoutProvidersResponse = { providers: AdminPayoutProvider[] }

export type AdminDealerPayoutAccountsResponse = {
  payout_accounts: AdminPayoutAccount[]
  changes: AdminPayoutAccountChange[]
}

export type AdminSetManualPayoutAccount = {
  provider_id: "manual"
  bank_name: string
  account_holder: string
  account_number: string
}

export type AdminPayoutAccountResponse = { payout_account: AdminPayoutAccount }
