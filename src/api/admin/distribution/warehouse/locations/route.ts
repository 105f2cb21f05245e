import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import DealerStockLocationLink from "../../../../../links/dealer-stock-location-link"
import { dealerRefs } from "../../../../shared/commission-views"
import { containsPattern } from "../../../../../lib/sql/like-pattern"
import type { LocationListQueryType } from "../validators"

/**
 * Stock locations for pickers and filters, each with the dealer owning it
 * (null: the producer's own). `owner` / `dealer_id` narrow it; `q` matches the name.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { q, owner, dealer_id, limit, offset } = req.validatedQuery as LocationListQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: DealerStockLocationLink.entryPoint, fields: ["dealer_id", "stock_location_id"] })
  const ownerOf = new Map<string, string>((links as any[]).map((l) => [l.stock_location_id, l.dealer_id]))
  const filters: Record<string, unknown> = {}
  if (q) filters.name = { $ilike: containsPattern(q) }
  if (dealer_id) {
    filters.id = (links as any[]).filter((l) => l.dealer_id === dealer_id).map((l) => l.stock_location_id)
  } else if (owner === "dealer") {
    filters.id = [...ownerOf.keys()]
  } else if (owner === "producer" && ownerOf.size) {
    filters.id = { $nin: [...ownerOf.keys()] }
  }
  if (Array.isArray(filters.id) && !filters.id.length) {
    return res.json({ locations: [], count: 0, limit, offset })
  }
  const { data, metadata } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "address.city", "address.country_code"],
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC", id: "ASC" } },
  })
  const dealers = await dealerRefs(req.scope, data.map((l: any) => ownerOf.get(l.id)).filter(Boolean) as string[])
  res.json({
    locations: data.map((l: any) => {
      const dealer = dealers.get(ownerOf.get(l.id) ?? "")
      return {
        id: l.id,
        name: l.name,
        address: l.address ? { city: l.address.city ?? null, country_code: l.address.country_code ?? null } : null,
        dealer: dealer ? { id: dealer.id, code: dealer.code, name: dealer.display_name } : null,
      }
    }),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
