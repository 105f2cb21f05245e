import { DealerStatus } from "./dealer"
import { AdminReferralLinkSummary } from "./referral-link"

export type AttributionSource = "link" | "code" | "binding" | "none"

/** Why an attribution earns nothing (or why there is no dealer at all). */
export type AttributionReason =
  | "self_referral"
  | "dealer_inactive"
  | "link_paused"
  | "link_expired"
  | "outside_window"
  | "no_referral"
  | "dealer_purchase_to_upline"

/** One dealer of the chain frozen with the order; level 1 is the attributed dealer. */
export type AttributionChainEntry = {
  dealer_id: string
  code: string
  tier_id: string | null
  status: DealerStatus
  level: number
}

export type AdminOrderAttribution = {
  id: string
  order_id: string
  cart_id: string | null
  customer_id: string | null
  dealer_id: string | null
  link_id: string | null
  source: AttributionSource
  reason: AttributionReason | null
  commissionable: boolean
  chain: AttributionChainEntry[]
  created_at: string
  link: AdminReferralLinkSummary | null
}

export type AdminOrderAttributionResponse = { attribution: AdminOrderAttribution }
