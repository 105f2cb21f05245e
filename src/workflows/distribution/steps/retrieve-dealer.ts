import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const retrieveDealerStepId = "retrieve-dealer"

/**
 * Loads a dealer with its tier, failing with 404 when it does not exist.
 *
 * @example
 * const dealer = retrieveDealerStep({ id: "dlr_1" })
 */
export const retrieveDealerStep = createStep(
  retrieveDealerStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    return new StepResponse(await service.retrieveDealer(input.id, { relations: ["tier"] }))
  }
)
