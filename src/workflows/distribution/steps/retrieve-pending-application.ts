import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DealerApplicationStatus } from "../../../types/dealer-application-status"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const retrievePendingApplicationStepId = "retrieve-pending-application"

/**
 * Loads an application that is still open for review: 404 when it does not
 * exist, 400 when it was already approved or rejected.
 *
 * @example
 * const application = retrievePendingApplicationStep({ id: "dapp_1" })
 */
export const retrievePendingApplicationStep = createStep(
  retrievePendingApplicationStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const application = await service.retrieveDealerApplication(input.id)
    if (application.status !== DealerApplicationStatus.PENDING) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Application ${input.id} is already ${application.status}.`
      )
    }
    return new StepResponse(application)
  }
)
