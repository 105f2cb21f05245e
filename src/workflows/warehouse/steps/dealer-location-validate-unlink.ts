import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listDealerLocationLinks } from "./dealer-location-owners"

export const validateDealerLocationUnlinkStepId = "dealer-location-validate-unlink"

/**
 * Checks that the dealer owns the location it is asked to give up; a location
 * it does not own is a 404, as if it did not exist.
 *
 * @example
 * validateDealerLocationUnlinkStep({ dealer_id: "dlr_1", location_id: "sloc_1" })
 */
export const validateDealerLocationUnlinkStep = createStep(
  validateDealerLocationUnlinkStepId,
  async (input: { dealer_id: string; location_id: string }, { container }) => {
    const [link] = await listDealerLocationLinks(container, {
      dealer_id: input.dealer_id,
      stock_location_id: input.location_id,
    })
    if (!link) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Stock location with id: ${input.location_id} is not a location of dealer ${input.dealer_id}`
      )
    }
    return new StepResponse(link)
  }
)
