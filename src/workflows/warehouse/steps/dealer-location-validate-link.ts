import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { listDealerLocationLinks } from "./dealer-location-owners"

export const validateDealerLocationLinkStepId = "dealer-location-validate-link"

/**
 * Checks that the dealer and the stock location exist and that no other
 * dealer owns the location (400 naming that dealer: Medusa answers every
 * 409 with its own generic text, which would hide the reason). `already_linked` is true when this dealer
 * owns it already, so linking again writes nothing.
 *
 * @example
 * const { already_linked } = validateDealerLocationLinkStep({ dealer_id: "dlr_1", location_id: "sloc_1" })
 */
export const validateDealerLocationLinkStep = createStep(
  validateDealerLocationLinkStepId,
  async (input: { dealer_id: string; location_id: string }, { container }) => {
    await container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).retrieveDealer(input.dealer_id)
    const locations = container.resolve(Modules.STOCK_LOCATION)
    const [location] = await locations.listStockLocations({ id: input.location_id }, { take: 1 })
    if (!location) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location with id: ${input.location_id} was not found`)
    }
    const owners = await listDealerLocationLinks(container, { stock_location_id: input.location_id })
    const other = owners.find((o) => o.dealer_id !== input.dealer_id)
    if (other) {
      const owner = await container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).retrieveDealer(other.dealer_id)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Stock location "${location.name}" already belongs to dealer ${owner.code} (${owner.display_name ?? owner.id}); unlink it there first.`
      )
    }
    return new StepResponse({ already_linked: owners.length > 0 })
  }
)
