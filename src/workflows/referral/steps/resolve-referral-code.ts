import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { touchRefusal } from "../../../lib/attribution/decide-attribution"
import { normalizeDealerCode } from "../../../lib/network/generate-dealer-code"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

const REFUSAL_MESSAGES: Record<string, (code: string) => string> = {
  dealer_inactive: (code) => `Referral code ${code} belongs to a dealer who is not active.`,
  link_paused: (code) => `Referral code ${code} is paused.`,
  link_expired: (code) => `Referral code ${code} has expired.`,
}

export const resolveReferralCodeStepId = "resolve-referral-code"

/**
 * Finds the link behind a referral code (404 when none). With `strict` (a
 * code typed by the shopper) a link that cannot attribute is refused with a
 * 400 saying why; a plain visit is still recorded and simply attributes nothing.
 *
 * @example
 * const { link, dealer, refusal } = resolveReferralCodeStep({ code: "hz001", strict: true })
 */
export const resolveReferralCodeStep = createStep(
  resolveReferralCodeStepId,
  async (input: { code: string; strict?: boolean }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const code = normalizeDealerCode(input.code)
    const [link] = await service.listReferralLinks({ code }, { relations: ["dealer"] })
    if (!link) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Referral code ${code} does not exist.`)
    }
    const refusal = touchRefusal(
      {
        at: new Date(),
        source: "link",
        link_id: link.id,
        link_status: link.status,
        link_expires_at: link.expires_at ? new Date(link.expires_at) : null,
        dealer: { id: link.dealer.id, status: link.dealer.status, parent_id: null },
      },
      { now: new Date(), window_days: Number.MAX_SAFE_INTEGER }
    )
    if (refusal && input.strict) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, REFUSAL_MESSAGES[refusal](code))
    }
    return new StepResponse({
      link: { id: link.id, code: link.code, target_type: link.target_type, target_id: link.target_id },
      dealer: {
        id: link.dealer.id,
        code: link.dealer.code,
        display_name: link.dealer.display_name,
        status: link.dealer.status,
        customer_id: link.dealer.customer_id,
      },
      refusal,
    })
  }
)
