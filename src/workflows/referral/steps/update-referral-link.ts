import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { previousValues } from "../../utils/previous-values"

export type UpdateReferralLinkData = {
  id: string
  name?: string
  status?: "active" | "paused"
  expires_at?: Date | string | null
}

export const updateReferralLinkStepId = "update-referral-link"

/**
 * Renames, pauses, resumes or re-dates a link (never its code, which is
 * printed on QR cards); the compensation restores the previous values.
 *
 * @example
 * updateReferralLinkStep({ id: "rlink_1", status: "paused" })
 */
export const updateReferralLinkStep = createStep(
  updateReferralLinkStepId,
  async (data: UpdateReferralLinkData, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const previous = await service.retrieveReferralLink(data.id)
    const link = await service.updateReferralLinks(data as any)
    const restore = previousValues(previous, data)
    return new StepResponse(link, restore)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.updateReferralLinks(restore as any)
  }
)
