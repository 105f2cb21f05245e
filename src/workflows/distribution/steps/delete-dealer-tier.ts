import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const deleteDealerTierStepId = "delete-dealer-tier"

/**
 * Soft-deletes a dealer tier; the compensation restores it.
 *
 * @example
 * deleteDealerTierStep("dtier_1")
 */
export const deleteDealerTierStep = createStep(
  deleteDealerTierStepId,
  async (id: string, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.softDeleteDealerTiers([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.restoreDealerTiers([id])
  }
)
