import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { previousValues } from "../../utils/previous-values"

export type UpdateDealerApplicationData = { id: string } & Record<string, unknown>

export const updateDealerApplicationStepId = "update-dealer-application"

/**
 * Records a review decision on an application; the compensation restores the
 * previous values.
 *
 * @example
 * updateDealerApplicationStep({ id: "dapp_1", status: "rejected", rejection_reason: "Outside our regions" })
 */
export const updateDealerApplicationStep = createStep(
  updateDealerApplicationStepId,
  async (data: UpdateDealerApplicationData, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const previous = await service.retrieveDealerApplication(data.id)
    const application = await service.updateDealerApplications(data as any)
    const restore = previousValues(previous, data)
    return new StepResponse(application, restore)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.updateDealerApplications(restore as any)
  }
)
