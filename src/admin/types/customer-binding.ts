import { AdminDealer } from "./dealer"
import { AdminReferralLinkSummary } from "./referral-link"

export type BindingSource = "order" | "visit" | "admin"

export type AdminBindingDealer = Pick<AdminDealer, "id" | "code" | "display_name" | "status">

/** One binding (绑定关系) of a customer to a dealer; ended ones are its history. */
export type AdminCustomerBinding = {
  id: string
  source: BindingSource
  bound_at: string
  expires_at: string | null
  ended_at: string | null
  /** "expired", or the admin's "Rebound: <reason>". */
  end_reason: string | null
  order_id: string | null
  actor_id: string | null
  dealer: AdminBindingDealer | null
  link: AdminReferralLinkSummary | null
}

export type AdminCustomerBindingResponse = {
  customer_id: string
  binding: AdminCustomerBinding | null
  /** The bound dealer's upline, nearest first. */
  chain: AdminBindingDealer[]
  /** Newest first, the current binding included. */
  history: AdminCustomerBinding[]
}

export type AdminRebindCustomer = { dealer_id: string; reason: string }
