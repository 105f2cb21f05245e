import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type CreateReferralVisitData = {
  link_id: string
  dealer_id: string
  code: string
  source: "link" | "code"
  cart_id?: string | null
  visitor_token?: string | null
  customer_id?: string | null
  user_agent?: string | null
  ip_hash?: string | null
}

export const createReferralVisitStepId = "create-referral-visit"

/**
 * Records a referral touch; the compensation removes it if the workflow fails.
 *
 * @example
 * createReferralVisitStep({ link_id: "rlink_1", dealer_id: "dlr_1", code: "HZ001", source: "link", cart_id: "cart_1" })
 */
export const createReferralVisitStep = createStep(
  createReferralVisitStepId,
  async (data: CreateReferralVisitData, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const visit = await service.createReferralVisits(data)
    return new StepResponse(visit, visit.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteReferralVisits([id])
  }
)
