import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { validateDealerLocationUnlinkStep } from "../steps/dealer-location-validate-unlink"

export const unlinkDealerLocationWorkflowId = "unlink-dealer-location"

/**
 * Takes a stock location away from a dealer (the link only: the location, its
 * stock and its history stay in Medusa). 404 when the dealer does not own it.
 *
 * @example
 * await unlinkDealerLocationWorkflow(container).run({ input: { dealer_id: "dlr_1", location_id: "sloc_1" } })
 */
export const unlinkDealerLocationWorkflow = createWorkflow(
  unlinkDealerLocationWorkflowId,
  (input: { dealer_id: string; location_id: string }) => {
    validateDealerLocationUnlinkStep(input)
    dismissRemoteLinkStep(
      transform(input, ({ dealer_id, location_id }) => [
        {
          [DISTRIBUTION_MODULE]: { dealer_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: location_id },
        },
      ])
    )
    return new WorkflowResponse(input)
  }
)
