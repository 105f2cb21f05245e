import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import type { PlaceDealerInput } from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const placeDealerStepId = "place-dealer"

/**
 * Creates a dealer at its place in the upline tree (depth limit enforced);
 * the compensation removes it again.
 *
 * @example
 * const dealer = placeDealerStep({ customer_id: "cus_1", tier_id: "dtier_1", code: "HZ001", display_name: "杭州经销商", parent_id: null })
 */
export const placeDealerStep = createStep(
  placeDealerStepId,
  async (data: PlaceDealerInput, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const dealer = await service.placeDealer(data)
    return new StepResponse(dealer, dealer.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteDealers([id])
  }
)
