import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { bindCustomerStep } from "../steps/bind-customer"
import { decideCartAttributionStep } from "../steps/decide-cart-attribution"
import { RecordReferralTouchInput, recordReferralTouchStep } from "../steps/record-touch"

export type { RecordReferralTouchInput, ReferralTouchResult } from "../steps/record-touch"

export const recordReferralTouchWorkflowId = "record-referral-touch"

/**
 * Records a visit through a referral link or a code entered at checkout, and
 * answers with the dealer's public profile and the attribution the cart now
 * has — decided by the server from all the cart's touches.
 *
 * The touch itself is one step (the cart read through the Cart module, then
 * one SQL statement that resolves the code, writes the visit and reads the
 * attribution facts: `recordReferralTouch`, which the store routes also call
 * directly). With `bind_on_visit` a signed-in customer is then bound and the
 * attribution decided again, so it reflects the new binding.
 *
 * @example
 * const { result } = await recordReferralTouchWorkflow(container).run({
 *   input: { code: "HZ001", source: "link", cart_id: "cart_1", visitor_token: "vt_…" },
 * })
 */
export const recordReferralTouchWorkflow = createWorkflow(
  recordReferralTouchWorkflowId,
  (input: RecordReferralTouchInput) => {
    const touch = recordReferralTouchStep(input)

    const rebound = when({ touch }, ({ touch }) => Boolean(touch.bind)).then(() => {
      bindCustomerStep(transform({ touch }, ({ touch }) => touch.bind!))
      return decideCartAttributionStep(
        transform({ input, touch }, ({ input, touch }) => ({
          cart_id: input.cart_id ?? null,
          customer_id: touch.customer_id,
        }))
      )
    })

    return new WorkflowResponse(
      transform({ touch, rebound }, ({ touch, rebound }) =>
        rebound
          ? {
              ...touch.result,
              attribution: {
                dealer_code: rebound.chain[0]?.code ?? null,
                source: rebound.source,
                reason: rebound.reason,
              },
            }
          : touch.result
      )
    )
  }
)
