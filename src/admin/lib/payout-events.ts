import { PAYOUT_EVENT_KINDS, PayoutEventKind, PayoutStatus } from "../types/payout"

// A payout event's `detail` is free-form JSON whose shape depends on its
// kind (and on the server's version): these read only the fields they know,
// and only when they have the expected type.

/** What a provider (or the admin settling by hand) answered, as a `*_answer` event records it. */
export type PayoutAnswerDetail = {
  /** The provider's answer in the module's words: processing, succeeded, failed, unknown, … */
  state: string | null
  /** The provider's own word for it, e.g. WeChat's `WAIT_USER_CONFIRM`. */
  provider_state: string | null
  failure_reason: string | null
  /** For an unknown outcome: what went wrong (a timeout, a 5xx, …). */
  error: string | null
  /** The payout's status once the answer was applied. */
  status_after: PayoutStatus | null
}

/** What a `created` / `retry_created` event records. */
export type PayoutCreatedDetail = {
  amount: string | null
  /** How many ledger entries were reserved. */
  entries: number | null
  retry_of_id: string | null
}

const record = (detail: unknown): Record<string, unknown> | null =>
  detail && typeof detail === "object" && !Array.isArray(detail)
    ? (detail as Record<string, unknown>)
    : null

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() ? value : null

/** Whether the kind is one the admin has a label for. */
export const isKnownPayoutEventKind = (kind: string): kind is PayoutEventKind =>
  (PAYOUT_EVENT_KINDS as readonly string[]).includes(kind)

/** Whether an event records an answer about the transfer (`send_answer`, `query_answer`, …). */
export const isAnswerEvent = (kind: string) => kind.endsWith("_answer")

/** The answer an `*_answer` event carries; null when the detail is not an object. */
export const answerDetail = (detail: unknown): PayoutAnswerDetail | null => {
  const fields = record(detail)
  if (!fields) {
    return null
  }
  return {
    state: text(fields.state),
    provider_state: text(fields.provider_state),
    failure_reason: text(fields.failure_reason),
    error: text(fields.error),
    status_after: text(fields.status_after) as PayoutStatus | null,
  }
}

/** The amount and entry count a `created` / `retry_created` event carries. */
export const createdDetail = (detail: unknown): PayoutCreatedDetail | null => {
  const fields = record(detail)
  if (!fields) {
    return null
  }
  const amount = fields.amount
  return {
    amount: typeof amount === "number" ? String(amount) : text(amount),
    entries: typeof fields.entries === "number" ? fields.entries : null,
    retry_of_id: text(fields.retry_of_id),
  }
}
