import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type CreateReferralLinkData = {
  dealer_id: string
  kind: "default" | "campaign"
  code: string
  name?: string | null
  target_type: "home" | "product" | "collection"
  target_id: string | null
  target_handle: string | null
  expires_at?: Date | string | null
}

export const createReferralLinkStepId = "create-referral-link"

/**
 * Creates a referral link — a dealer's default link (its dealer code) or a
 * campaign link; the compensation removes it.
 *
 * @example
 * createReferralLinkStep({ dealer_id: "dlr_1", kind: "campaign", code: "K7Q2MX9A", name: "Spring tea", target_type: "home", target_id: null, target_handle: null })
 */
export const createReferralLinkStep = createStep(
  createReferralLinkStepId,
  async (data: CreateReferralLinkData, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const link = await service.createReferralLinks({
      ...data,
      expires_at: data.expires_at ? new Date(data.expires_at) : null,
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
