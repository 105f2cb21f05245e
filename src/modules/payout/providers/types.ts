/**
 * The one interface every payout provider implements (as Medusa's payment
 * and notification providers do). The module never talks to a provider's API
 * any other way, so a new way of paying dealers is one class.
 */
export type TransferState =
  | "processing"
  | "awaiting_confirmation"
  | "succeeded"
  | "failed"
  | "canceled"
  /** Query only: the provider has no such transfer (the create never arrived). */
  | "not_found"
  /** A timeout, a 5xx, an unverifiable answer or an unknown error: query before doing anything else. */
  | "unknown"

export type TransferOutcome = {
  state: TransferState
  /** The provider's own word for the state, e.g. WeChat's `WAIT_USER_CONFIRM`. */
  provider_state?: string | null
  /** The provider's id of the transfer, e.g. WeChat's `transfer_bill_no`. */
  provider_reference?: string | null
  /** WeChat: what the dealer's storefront hands to WeChat so the dealer confirms receipt. */
  package_info?: string | null
  failure_reason?: string | null
  /** For `unknown`: what happened. */
  error?: string | null
}

export type PayoutAccountDetails = {
  openid?: string | null
  real_name?: string | null
  bank_name?: string | null
  account_holder?: string | null
  account_number?: string | null
}

export type TransferInput = {
  payout_id: string
  /** Our payout id as the provider's request number: letters and digits only. */
  out_bill_no: string
  /** Decimal string in the currency's major unit ("12.34"). */
  amount: string
  currency_code: string
  account: PayoutAccountDetails
  remark?: string | null
}

export type PayoutCallback = {
  /** The provider's notification id: the same callback delivered twice has the same id. */
  event_id: string
  out_bill_no: string
  outcome: TransferOutcome
  /** What the provider says it transfers (major units, as a decimal string) and to whom, when it says. */
  transfer?: { amount: string | null; recipient: string | null }
}

/** Thrown by `parseCallback` when a callback can't be verified: it changes nothing. */
export class PayoutCallbackRejected extends Error {
  constructor(message: string) {
    super(message)
    this.name = "PayoutCallbackRejected"
  }
}

export interface PayoutProvider {
  readonly id: string
  /** Max create-transfer requests per second. */
  readonly rateLimitPerSecond: number
  /** The admin marks payouts paid or failed (bank transfers made outside the system). */
  readonly settlesManually: boolean
  /** Smallest amount the provider can send in the currency (decimal string), or null if it can't send it at all. */
  minimumAmount(currency_code: string): string | null
  /** Idempotent by `out_bill_no`: sending the same payout twice creates one transfer. */
  createTransfer(input: TransferInput): Promise<TransferOutcome>
  queryTransfer(input: { out_bill_no: string; currency_code: string }): Promise<TransferOutcome>
  cancelTransfer(input: { out_bill_no: string }): Promise<TransferOutcome>
  parseCallback(input: {
    headers: Record<string, string | string[] | undefined>
    rawBody: string
  }): Promise<PayoutCallback>
  /** Public ids a storefront needs to open the provider's confirm page (WeChat: mch_id, app_id). */
  storefrontConfirmParams?(): Record<string, string>
}

/** The out_bill_no of a payout: its id without the underscore (WeChat allows letters and digits only). */
export const outBillNoOf = (payoutId: string) => payoutId.replace(/[^A-Za-z0-9]/g, "")
