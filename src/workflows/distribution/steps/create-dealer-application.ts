import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type CreateDealerApplicationData = {
  customer_id: string
  company_name?: string | null
  contact_name: string
  phone: string
  email?: string | null
  region?: string | null
  address?: string | null
  requested_tier_id?: string | null
  desired_parent_code?: string | null
  desired_parent_id?: string | null
  message?: string | null
}

export const createDealerApplicationStepId = "create-dealer-application"

const UNIQUE_VIOLATION = "23505"

/**
 * Stores a pending application. Two concurrent submissions meet the
 * database's one-open-application-per-customer index; the loser gets a 400 naming the rule.
 *
 * @example
 * createDealerApplicationStep({ customer_id: "cus_1", contact_name: "王伟", phone: "13800000000" })
 */
export const createDealerApplicationStep = createStep(
  createDealerApplicationStepId,
  async (data: CreateDealerApplicationData, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    try {
      const application = await service.createDealerApplications(data)
      return new StepResponse(application, application.id)
    } catch (e: any) {
      if (e?.code === UNIQUE_VIOLATION || /unique|already exists/i.test(e?.message ?? "")) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "An application is already under review; a customer can have one open application."
        )
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteDealerApplications([id])
  }
)
