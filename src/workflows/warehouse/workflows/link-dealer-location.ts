import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { validateDealerLocationLinkStep } from "../steps/dealer-location-validate-link"

export const linkDealerLocationWorkflowId = "link-dealer-location"

/**
 * Makes an existing stock location one of a dealer's warehouses. Refused
 * (409) when another dealer owns it; linking it to its owner again is a no-op.
 *
 * @example
 * await linkDealerLocationWorkflow(container).run({ input: { dealer_id: "dlr_1", location_id: "sloc_1" } })
 */
export const linkDealerLocationWorkflow = createWorkflow(
  linkDealerLocationWorkflowId,
  (input: { dealer_id: string; location_id: string }) => {
    const check = validateDealerLocationLinkStep(input)
    when({ check }, ({ check }) => !check.already_linked).then(() => {
      createRemoteLinkStep(
        transform(input, ({ dealer_id, location_id }) => [
          {
            [DISTRIBUTION_MODULE]: { dealer_id },
            [Modules.STOCK_LOCATION]: { stock_location_id: location_id },
          },
        ])
      )
    })
    return new WorkflowResponse(input)
  }
)
