import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { bindCustomerStep } from "../steps/bind-customer"
import { createReferralVisitStep } from "../steps/create-referral-visit"
import { decideCartAttributionStep } from "../steps/decide-cart-attribution"
import { resolveReferralCodeStep } from "../steps/resolve-referral-code"
import { validateOpenCartStep } from "../steps/validate-open-cart"

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

export const recordReferralTouchWorkflowId = "record-referral-touch"

/**
 * Records a visit through a referral link or a code entered at checkout, and
 * answers with the dealer's public profile and the attribution the cart now
 * has — decided by the server from all the cart's touches.
 *
 * @example
 * const { result } = await recordReferralTouchWorkflow(container).run({
 *   input: { code: "HZ001", source: "link", cart_id: "cart_1", visitor_token: "vt_…" },
 * })
 */
export const recordReferralTouchWorkflow = createWorkflow(
  recordReferralTouchWorkflowId,
  (input: RecordReferralTouchInput) => {
    const resolved = resolveReferralCodeStep(
      transform(input, ({ code, source }) => ({ code, strict: source === "code" }))
    )
    const cart = validateOpenCartStep(transform(input, ({ cart_id }) => ({ cart_id })))
    const customerId = transform({ input, cart }, ({ input, cart }) => input.customer_id ?? cart?.customer_id ?? null)

    createReferralVisitStep(
      transform({ input, resolved, customerId }, ({ input, resolved, customerId }) => ({
        link_id: resolved.link.id,
        dealer_id: resolved.dealer.id,
        code: resolved.link.code,
        source: input.source,
        cart_id: input.cart_id ?? null,
        visitor_token: input.visitor_token,
        customer_id: customerId,
        user_agent: input.user_agent ?? null,
        ip_hash: input.ip_hash ?? null,
      }))
    )

    when({ input, resolved, customerId }, ({ input, resolved, customerId }) =>
      Boolean(
        input.bind_on_visit && customerId && !resolved.refusal && resolved.dealer.customer_id !== customerId
      )
    ).then(() => {
      bindCustomerStep(
        transform({ resolved, customerId }, ({ resolved, customerId }) => ({
          customer_id: customerId!,
          dealer_id: resolved.dealer.id,
          link_id: resolved.link.id,
          source: "visit" as const,
        }))
      )
    })

    const attribution = decideCartAttributionStep(
      transform({ input, customerId }, ({ input, customerId }) => ({
        cart_id: input.cart_id ?? null,
        customer_id: customerId,
      }))
    )

    return new WorkflowResponse(
      transform({ input, resolved, attribution }, ({ input, resolved, attribution }) => ({
        visitor_token: input.visitor_token,
        referral: {
          code: resolved.link.code,
          accepted: !resolved.refusal,
          reason: resolved.refusal,
          target_type: resolved.link.target_type,
          target_id: resolved.link.target_id,
        },
        dealer: { code: resolved.dealer.code, display_name: resolved.dealer.display_name },
        attribution: {
          dealer_code: attribution.chain[0]?.code ?? null,
          source: attribution.source,
          reason: attribution.reason,
        },
      }))
    )
  }
)
