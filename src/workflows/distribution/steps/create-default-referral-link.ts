import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const createDefaultReferralLinkStepId = "create-default-referral-link"

/**
 * Gives a new dealer its default referral link, whose code is the dealer code.
 *
 * @example
 * createDefaultReferralLinkStep({ dealer_id: "dlr_1", code: "HZ001" })
 */
export const createDefaultReferralLinkStep = createStep(
  createDefaultReferralLinkStepId,
  async (input: { dealer_id: string; code: string }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const link = await service.createReferralLinks({
      dealer_id: input.dealer_id,
      code: input.code,
      kind: "default",
      target_type: "home",
    })
    return new StepResponse(link, link.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteReferralLinks([id])
  }
)
