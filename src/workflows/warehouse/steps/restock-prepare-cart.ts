import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DealerStatus } from "../../../types/dealer-status"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { listDealerLocationLinks } from "./dealer-location-owners"

export type PrepareRestockCartInput = {
  customer_id: string
  lines: { variant_id: string; quantity: number }[]
  location_id?: string | null
  region_id?: string | null
  sales_channel_id?: string | null
}

export const prepareRestockCartStepId = "restock-prepare-cart"

/**
 * Builds the cart of a dealer's restock order: the dealer's customer (so
 * Medusa prices it with the tier's price lists), shipped to one of its own
 * locations (the one asked for, else its first), flagged as a restock. Only
 * an active dealer with a location may restock; another dealer's location
 * is a 404.
 *
 * @example
 * const cartInput = prepareRestockCartStep({ customer_id: "cus_1", lines: [{ variant_id: "variant_1", quantity: 10 }] })
 */
export const prepareRestockCartStep = createStep(
  prepareRestockCartStepId,
  async (input: PrepareRestockCartInput, { container }) => {
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [dealer] = await distribution.listDealers({ customer_id: input.customer_id })
    if (!dealer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have no dealer profile. Apply to become a dealer first.")
    }
    if (dealer.status !== DealerStatus.ACTIVE) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Dealer ${dealer.code} is ${dealer.status}; only active dealers can restock.`)
    }
    const own = (await listDealerLocationLinks(container, { dealer_id: dealer.id })).map((l) => l.stock_location_id).sort()
    if (input.location_id && !own.includes(input.location_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location with id: ${input.location_id} was not found`)
    }
    const locationId = input.location_id ?? own[0]
    if (!locationId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dealer ${dealer.code} has no stock location to restock into; ask the merchant to set one up.`
      )
    }
    const {
      data: [location],
    } = await query.graph({ entity: "stock_location", fields: ["id", "name", "address.*"], filters: { id: locationId } })
    const address = (location?.address ?? {}) as Record<string, any>
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: input.customer_id },
    })
    const customer = customers[0] as any

    let regionId = input.region_id ?? null
    if (!regionId && address.country_code) {
      const { data: regions } = await query.graph({
        entity: "region",
        fields: ["id", "countries.iso_2"],
        filters: {},
      })
      const country = String(address.country_code).toLowerCase()
      regionId = (regions as any[]).find((r) => (r.countries ?? []).some((c: any) => c?.iso_2 === country))?.id ?? null
    }

    return new StepResponse({
      dealer_id: dealer.id,
      location_id: locationId,
      cart: {
        customer_id: input.customer_id,
        email: customer?.email ?? dealer.email ?? undefined,
        ...(regionId ? { region_id: regionId } : {}),
        ...(input.sales_channel_id ? { sales_channel_id: input.sales_channel_id } : {}),
        items: input.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
        shipping_address: {
          first_name: dealer.contact_name ?? customer?.first_name ?? dealer.display_name,
          last_name: dealer.contact_name ? "" : customer?.last_name ?? "",
          company: dealer.company_name ?? location?.name ?? undefined,
          address_1: address.address_1 ?? undefined,
          address_2: address.address_2 ?? undefined,
          city: address.city ?? undefined,
          province: address.province ?? undefined,
          postal_code: address.postal_code ?? undefined,
          country_code: address.country_code ? String(address.country_code).toLowerCase() : undefined,
          phone: address.phone ?? dealer.phone ?? undefined,
        },
        metadata: { distribution_restock: true, distribution_restock_location_id: locationId },
      },
    })
  }
)
