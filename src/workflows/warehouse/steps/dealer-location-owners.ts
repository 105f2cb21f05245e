import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import DealerStockLocationLink from "../../../links/dealer-stock-location-link"

/** Rows of the dealer ↔ stock location link, filtered by either side. */
export async function listDealerLocationLinks(
  container: MedusaContainer,
  filters: { dealer_id?: string | string[]; stock_location_id?: string | string[] }
): Promise<{ dealer_id: string; stock_location_id: string }[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: DealerStockLocationLink.entryPoint,
    fields: ["dealer_id", "stock_location_id"],
    filters: filters as Record<string, unknown>,
  })
  return data as { dealer_id: string; stock_location_id: string }[]
}
