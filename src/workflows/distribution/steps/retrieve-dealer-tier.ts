import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const retrieveDealerTierStepId = "retrieve-dealer-tier"

/**
 * Loads a tier, failing with 404 when it does not exist.
 *
 * @example
 * const tier = retrieveDealerTierStep({ id: "dtier_1" })
 */
export const retrieveDealerTierStep = createStep(
  retrieveDealerTierStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    return new StepResponse(await service.retrieveDealerTier(input.id))
  }
)
