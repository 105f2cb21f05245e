import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeDealerCode } from "../../../lib/network/generate-dealer-code"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DealerApplicationStatus } from "../../../types/dealer-application-status"
import { DealerStatus } from "../../../types/dealer-status"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type ValidateDealerApplicationInput = {
  customer_id: string
  requested_tier_id?: string | null
  desired_parent_code?: string | null
}

export const validateDealerApplicationStepId = "validate-dealer-application"

/**
 * Checks an application before it is stored: the customer is no dealer yet
 * and has no open application, the requested tier exists and the
 * desired upline code belongs to an active dealer (400). Returns the upline.
 *
 * @example
 * const { desired_parent_id } = validateDealerApplicationStep({ customer_id: "cus_1", desired_parent_code: "HZ001" })
 */
export const validateDealerApplicationStep = createStep(
  validateDealerApplicationStepId,
  async (input: ValidateDealerApplicationInput, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)

    const [dealer] = await service.listDealers({ customer_id: input.customer_id }, { select: ["id", "code"] })
    if (dealer) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `You are already dealer ${dealer.code}.`)
    }
    const [open] = await service.listDealerApplications(
      { customer_id: input.customer_id, status: DealerApplicationStatus.PENDING },
      { select: ["id"] }
    )
    if (open) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Application ${open.id} is still under review; a customer can have one open application.`
      )
    }
    if (input.requested_tier_id) {
      const [tier] = await service.listDealerTiers({ id: input.requested_tier_id }, { select: ["id"] })
      if (!tier) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Tier ${input.requested_tier_id} does not exist.`
        )
      }
    }
    let desired_parent_id: string | null = null
    let desired_parent_code: string | null = null
    if (input.desired_parent_code) {
      desired_parent_code = normalizeDealerCode(input.desired_parent_code)
      const [parent] = await service.listDealers(
        { code: desired_parent_code, status: DealerStatus.ACTIVE },
        { select: ["id"] }
      )
      if (!parent) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `No active dealer has the code ${desired_parent_code}.`
        )
      }
      desired_parent_id = parent.id
    }
    return new StepResponse({ desired_parent_id, desired_parent_code })
  }
)
