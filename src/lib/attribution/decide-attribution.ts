/**
 * Which dealer brought an order (or a cart, so far). A pure decision over the
 * touches recorded for the cart, the buyer's binding and the buyer's own
 * dealer profile; the server alone calls it, so no client can pick a dealer.
 */
export type AttributionModel = "first_click" | "last_click"

export type AttributionSource = "link" | "code" | "binding" | "none"

export type AttributionReason =
  | "self_referral"
  | "dealer_purchase_to_upline"
  | "dealer_inactive"
  | "link_paused"
  | "link_expired"
  | "outside_window"
  | "no_referral"

export type DealerState = { id: string; status: string; parent_id: string | null }

export type Touch = {
  /** When the visit or the explicit code entry happened. */
  at: Date
  source: "link" | "code"
  link_id: string
  link_status: "active" | "paused"
  link_expires_at: Date | null
  dealer: DealerState
}

export type Binding = { dealer: DealerState; link_id: string | null; expires_at: Date | null }

export type AttributionInput = {
  now: Date
  model: AttributionModel
  window_days: number
  dealer_purchases_attribute_to: "self" | "upline"
  /** The buyer's own dealer profile, when the buyer is a dealer. */
  buyer_dealer: DealerState | null
  /** The upline of the buyer's dealer profile, for `dealer_purchases_attribute_to: "upline"`. */
  buyer_upline: DealerState | null
  /** The buyer's binding, if any (expired or not: the rule decides). */
  binding: Binding | null
  touches: Touch[]
}

export type Attribution = {
  dealer_id: string | null
  link_id: string | null
  source: AttributionSource
  /** Why the order earns nothing for the chain (null when it does). */
  reason: AttributionReason | null
  /** True when commission may be earned on it. */
  commissionable: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

const none = (reason: AttributionReason): Attribution => ({
  dealer_id: null,
  link_id: null,
  source: "none",
  reason,
  commissionable: false,
})

export function isActiveDealer(dealer: DealerState | null | undefined): boolean {
  return dealer?.status === "active"
}

export function isBindingCurrent(binding: Binding | null, now: Date): binding is Binding {
  return Boolean(binding && (!binding.expires_at || binding.expires_at.getTime() > now.getTime()))
}

/** Why a touch cannot attribute, or null when it can. */
export function touchRefusal(touch: Touch, input: Pick<AttributionInput, "now" | "window_days">): AttributionReason | null {
  if (!isActiveDealer(touch.dealer)) {
    return "dealer_inactive"
  }
  if (touch.link_status !== "active") {
    return "link_paused"
  }
  if (touch.link_expires_at && touch.link_expires_at.getTime() <= touch.at.getTime()) {
    return "link_expired"
  }
  if (input.now.getTime() - touch.at.getTime() > input.window_days * DAY_MS) {
    return "outside_window"
  }
  return null
}

export function decideAttribution(input: AttributionInput): Attribution {
  // A dealer buying is its own customer: no one earns on it, unless the
  // merchant chose to credit the upline (restock purchases).
  if (input.buyer_dealer) {
    if (input.dealer_purchases_attribute_to === "upline" && isActiveDealer(input.buyer_upline)) {
      return {
        dealer_id: input.buyer_upline!.id,
        link_id: null,
        source: "binding",
        reason: "dealer_purchase_to_upline",
        commissionable: true,
      }
    }
    const ownTouch = input.touches.find((t) => t.dealer.id === input.buyer_dealer!.id)
    return {
      dealer_id: input.buyer_dealer.id,
      link_id: ownTouch?.link_id ?? null,
      source: ownTouch?.source ?? "none",
      reason: "self_referral",
      commissionable: false,
    }
  }

  // A current binding wins over any link (绑定关系).
  if (isBindingCurrent(input.binding, input.now)) {
    const binding = input.binding
    if (!isActiveDealer(binding.dealer)) {
      return none("dealer_inactive")
    }
    return {
      dealer_id: binding.dealer.id,
      link_id: binding.link_id,
      source: "binding",
      reason: null,
      commissionable: true,
    }
  }

  const ordered = [...input.touches].sort((a, b) => a.at.getTime() - b.at.getTime())
  const valid = ordered.filter((t) => touchRefusal(t, input) === null)
  const chosen = input.model === "first_click" ? valid[0] : valid[valid.length - 1]
  if (chosen) {
    return {
      dealer_id: chosen.dealer.id,
      link_id: chosen.link_id,
      source: chosen.source,
      reason: null,
      commissionable: true,
    }
  }
  // Report why the latest touch did not count, so the admin sees it.
  const latest = ordered[ordered.length - 1]
  return none(latest ? touchRefusal(latest, input)! : "no_referral")
}
