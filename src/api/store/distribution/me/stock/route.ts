import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { dealerLocations, locationStockItems } from "../../../../shared/dealer-stock"
import { currentDealer } from "../current-dealer"
import type { StoreDealerStockQueryType } from "./validators"

/**
 * The signed-in dealer's stock, in its own locations only: another dealer's
 * (or any other) location is a 404, as if it did not exist.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const { location_id, q, limit, offset } = req.validatedQuery as StoreDealerStockQueryType
  const locations = await dealerLocations(req.scope, dealer.id)
  if (location_id && !locations.some((l) => l.id === location_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location with id: ${location_id} was not found`)
  }
  const { items, count } = await locationStockItems(req.scope, {
    location_ids: location_id ? [location_id] : locations.map((l) => l.id),
    q,
    limit,
    offset,
  })
  res.json({
    locations: locations.map((l) => ({ id: l.id, name: l.name, address: l.address })),
    items,
    count,
    limit,
    offset,
  })
}
