import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { previousValues } from "../../utils/previous-values"

export type UpdateDealerTierData = {
  id: string
  code?: string
  name_en?: string
  name_zh?: string
  rank?: number
  description?: string | null
  metadata?: Record<string, unknown> | null
}

export const updateDealerTierStepId = "update-dealer-tier"

/**
 * Updates a dealer tier; the compensation restores the previous values.
 *
 * @example
 * updateDealerTierStep({ id: "dtier_1", name_en: "Gold" })
 */
export const updateDealerTierStep = createStep(
  updateDealerTierStepId,
  async (data: UpdateDealerTierData, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const previous = await service.retrieveDealerTier(data.id)
    const tier = await service.updateDealerTiers(data)
    const restore = previousValues(previous, data)
    return new StepResponse(tier, restore)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.updateDealerTiers(restore)
  }
)
