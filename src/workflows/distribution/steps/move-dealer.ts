import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const moveDealerStepId = "move-dealer"

/**
 * Moves a dealer and its subtree under a new upline (null = under the
 * producer); the compensation moves it back.
 *
 * @example
 * const moved = moveDealerStep({ id: "dlr_2", parent_id: "dlr_1" })
 */
export const moveDealerStep = createStep(
  moveDealerStepId,
  async (input: { id: string; parent_id: string | null }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const moved = await service.moveDealer(input.id, input.parent_id)
    return new StepResponse(moved, moved)
  },
  async (moved, { container }) => {
    if (!moved) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.moveDealer(moved.dealer_id, moved.from_parent_id)
  }
)
