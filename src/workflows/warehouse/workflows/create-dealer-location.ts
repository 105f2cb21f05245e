import type { CreateStockLocationInput } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { retrieveDealerStep } from "../../distribution/steps/retrieve-dealer"

export type CreateDealerLocationInput = {
  dealer_id: string
  name: string
  address: NonNullable<CreateStockLocationInput["address"]>
}

export const createDealerLocationWorkflowId = "create-dealer-location"

/**
 * Creates a Medusa stock location for a dealer's own warehouse and links it
 * to the dealer. The location is added to no sales channel: Medusa's checkout
 * would otherwise reserve any order there; orders reach it only through the
 * plugin's routing. If the link fails, the location is deleted again.
 *
 * @example
 * const { result } = await createDealerLocationWorkflow(container).run({
 *   input: { dealer_id: "dlr_1", name: "杭州仓", address: { address_1: "1 West Lake Rd", city: "Hangzhou", country_code: "cn" } },
 * })
 */
export const createDealerLocationWorkflow = createWorkflow(
  createDealerLocationWorkflowId,
  (input: CreateDealerLocationInput) => {
    retrieveDealerStep(transform(input, ({ dealer_id }) => ({ id: dealer_id })))
    const locations = createStockLocationsWorkflow.runAsStep({
      input: transform(input, ({ name, address }) => ({ locations: [{ name, address }] })),
    })
    const location = transform(locations, (locations) => locations[0])
    createRemoteLinkStep(
      transform({ input, location }, ({ input, location }) => [
        {
          [DISTRIBUTION_MODULE]: { dealer_id: input.dealer_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        },
      ])
    )
    return new WorkflowResponse(location)
  }
)
