import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AttributionReason, AttributionSource, touchRefusal } from "../../../lib/attribution/decide-attribution"
import { unknownReferralCodeError } from "../../../lib/attribution/referral-code-errors"
import { normalizeDealerCode } from "../../../lib/network/generate-dealer-code"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { decideFromRows } from "./decide-cart-attribution"

export type RecordReferralTouchInput = {
  code: string
  /** `link`: a visit through a link or QR code; `code`: typed by the shopper (refusals are errors). */
  source: "link" | "code"
  cart_id?: string | null
  visitor_token: string
  customer_id?: string | null
  user_agent?: string | null
  ip_hash?: string | null
  /** Bind a signed-in customer on this visit (plugin option bind_on: "visit"). */
  bind_on_visit?: boolean
}

/** The answer of `visit` and `attach`. */
export type ReferralTouchResult = {
  visitor_token: string
  referral: {
    code: string
    accepted: boolean
    reason: AttributionReason | null
    target_type: string
    target_id: string | null
  }
  dealer: { code: string; display_name: string }
  attribution: { dealer_code: string | null; source: AttributionSource; reason: AttributionReason | null }
}

export type RecordedReferralTouch = {
  visit_id: string
  /** The signed-in customer, else the cart's. */
  customer_id: string | null
  /** The binding `bind_on_visit` asks for (null when none): made by the workflow, which then decides again. */
  bind: { customer_id: string; dealer_id: string; link_id: string; source: "visit" } | null
  result: ReferralTouchResult
}

const REFUSAL_MESSAGES: Record<string, (code: string) => string> = {
  dealer_inactive: (code) => `Referral code ${code} belongs to a dealer who is not active.`,
  link_paused: (code) => `Referral code ${code} is paused.`,
  link_expired: (code) => `Referral code ${code} has expired.`,
}

/** Why a link cannot attribute a touch made `now` (the window aside), or null. */
function linkRefusal(
  link: { id: string; status: string; expires_at?: Date | string | null },
  dealer: { id: string; status: string },
  now: Date
): AttributionReason | null {
  return touchRefusal(
    {
      at: now,
      source: "link",
      link_id: link.id,
      link_status: link.status as "active" | "paused",
      link_expires_at: link.expires_at ? new Date(link.expires_at) : null,
      dealer: { id: dealer.id, status: dealer.status, parent_id: null },
    },
    { now, window_days: Number.MAX_SAFE_INTEGER }
  )
}

type CartForTouch = { id: string; customer_id: string | null; completed_at: Date | string | null }

/** The cart a touch names, through the Cart module (null when there is none). */
async function readCart(container: MedusaContainer, cartId: string): Promise<CartForTouch | null> {
  const [cart] = await container
    .resolve(Modules.CART)
    .listCarts({ id: cartId }, { select: ["id", "customer_id", "completed_at"] })
  return cart ? { id: cart.id, customer_id: cart.customer_id ?? null, completed_at: cart.completed_at ?? null } : null
}

/** A touch may only be recorded on a cart that exists (404) and is not completed (400): the order's attribution is frozen. */
function assertOpenCart(cartId: string, cart: CartForTouch | null): void {
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Cart ${cartId} is already completed; the order's attribution is frozen.`
    )
  }
}

/**
 * A referral touch: reads the cart through the Cart module (one query), then
 * resolves the code, writes the visit and reads the cart's attribution facts
 * in one statement (DistributionModuleService.recordReferralTouch) and
 * applies the attribution rules. Errors, in the order the workflow's steps
 * raised them: 404 unknown code (marked, see isUnknownReferralCode), 400 a
 * typed code that cannot attribute, 404 missing cart, 400 completed cart —
 * and in each case no visit is written.
 */
export async function recordReferralTouch(
  container: MedusaContainer,
  input: RecordReferralTouchInput
): Promise<RecordedReferralTouch> {
  const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const options = service.getOptions()
  const code = normalizeDealerCode(input.code)
  const strict = input.source === "code"
  const cartId = input.cart_id ?? null
  const cart = cartId ? await readCart(container, cartId) : null
  const customerId = input.customer_id ?? cart?.customer_id ?? null
  const now = new Date()
  const rows = await service.recordReferralTouch({
    code,
    source: input.source,
    strict,
    may_insert: !cartId || Boolean(cart && !cart.completed_at),
    cart_id: cartId,
    visitor_token: input.visitor_token,
    customer_id: customerId,
    user_agent: input.user_agent ?? null,
    ip_hash: input.ip_hash ?? null,
    now,
  })
  const link = rows.link
  if (!link) {
    throw unknownReferralCodeError(code)
  }
  const dealer = { id: link.dealer_id, status: link.dealer_status }
  const refusal = linkRefusal(link, dealer, now)
  if (refusal && strict) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, REFUSAL_MESSAGES[refusal](code))
  }
  if (cartId) {
    assertOpenCart(cartId, cart)
  }
  if (!rows.visit_id) {
    // Only a link whose state changes within the same millisecond gets here.
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Referral code ${code} changed while it was used; try again.`)
  }

  const attribution = decideFromRows(options, now, {
    visits: cartId ? rows.touches : [],
    links: rows.links,
    dealers: rows.dealers,
    buyer_dealer: rows.buyer_dealer,
    binding: rows.binding,
  })
  const attributed = attribution.dealer_id
    ? rows.dealers.find((d) => d.id === attribution.dealer_id) ??
      (rows.buyer_dealer?.id === attribution.dealer_id ? rows.buyer_dealer : null)
    : null
  if (attribution.dealer_id && !attributed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${attribution.dealer_id} was not found`)
  }

  return {
    visit_id: rows.visit_id,
    customer_id: customerId,
    bind:
      input.bind_on_visit && customerId && !refusal && link.dealer_customer_id !== customerId
        ? { customer_id: customerId, dealer_id: link.dealer_id, link_id: link.id, source: "visit" }
        : null,
    result: {
      visitor_token: input.visitor_token,
      referral: {
        code: link.code,
        accepted: !refusal,
        reason: refusal,
        target_type: link.target_type,
        target_id: link.target_id,
      },
      dealer: { code: link.dealer_code, display_name: link.dealer_display_name },
      attribution: {
        dealer_code: attributed?.code ?? null,
        source: attribution.source,
        reason: attribution.reason,
      },
    },
  }
}

export const recordReferralTouchStepId = "record-referral-touch-step"

/**
 * Records a referral touch (see `recordReferralTouch`); the compensation
 * removes the visit if the workflow fails later.
 *
 * @example
 * const touch = recordReferralTouchStep({ code: "HZ001", source: "link", cart_id: "cart_1", visitor_token: "vt_…" })
 */
export const recordReferralTouchStep = createStep(
  recordReferralTouchStepId,
  async (input: RecordReferralTouchInput, { container }) => {
    const touch = await recordReferralTouch(container, input)
    return new StepResponse(touch, touch.visit_id)
  },
  async (visitId, { container }) => {
    if (!visitId) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteReferralVisits([visitId])
  }
)
