import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { previousValues } from "../../utils/previous-values"

export type UpdateDealerData = { id: string } & Record<string, unknown>

export const updateDealerStepId = "update-dealer"

/**
 * Updates a dealer's own columns (never its place in the tree); the
 * compensation restores the previous values.
 *
 * @example
 * updateDealerStep({ id: "dlr_1", phone: "13800000000" })
 */
export const updateDealerStep = createStep(
  updateDealerStepId,
  async (data: UpdateDealerData, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const previous = await service.retrieveDealer(data.id)
    const dealer = await service.updateDealers(data as any)
    const restore = previousValues(previous, data)
    return new StepResponse(dealer, restore)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.updateDealers(restore as any)
  }
)
