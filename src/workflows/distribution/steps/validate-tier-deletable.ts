import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const validateTierDeletableStepId = "validate-tier-deletable"

/**
 * Refuses to delete a tier that still has dealers (any status: a suspended
 * dealer keeps its tier). Returns the tier for the steps after it.
 *
 * @example
 * const tier = validateTierDeletableStep("dtier_1")
 */
export const validateTierDeletableStep = createStep(
  validateTierDeletableStepId,
  async (id: string, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const tier = await service.retrieveDealerTier(id)
    const [, count] = await service.listAndCountDealers({ tier_id: id }, { take: 1, select: ["id"] })
    if (count > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Tier ${tier.code} still has ${count} dealer(s); move them to another tier before deleting it.`
      )
    }
    return new StepResponse(tier)
  }
)
