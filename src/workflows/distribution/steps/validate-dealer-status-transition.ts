import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dealerStatusTransitionError } from "../../../lib/network/dealer-status-transitions"
import type { DealerStatus } from "../../../types/dealer-status"

export const validateDealerStatusTransitionStepId = "validate-dealer-status-transition"

/**
 * Refuses a status change the dealer lifecycle does not allow (400).
 *
 * @example
 * validateDealerStatusTransitionStep({ from: "terminated", to: "active" }) // throws
 */
export const validateDealerStatusTransitionStep = createStep(
  validateDealerStatusTransitionStepId,
  async (input: { from: DealerStatus; to: DealerStatus }) => {
    const error = dealerStatusTransitionError(input.from, input.to)
    if (error) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error)
    }
    return new StepResponse(void 0)
  }
)
