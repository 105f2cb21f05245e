import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import type WarehouseModuleService from "../../../../../../modules/warehouse/service"
import { DISTRIBUTION_MODULE, WAREHOUSE_MODULE } from "../../../../../../types/module-names"
import { listDealerLocationLinks } from "../../../../../../workflows/warehouse/steps/dealer-location-owners"
import { locationsByIds, restockOrderViews } from "../../../../../shared/dealer-stock"

/**
 * Where an order's stock sits (for the order page widget): its reservations
 * by location, whether that is a dealer's own location, what is left to
 * fulfil, and — for a dealer's restock order — the restock order with its
 * received transfers.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = req.scope.resolve(Modules.INVENTORY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.quantity", "items.detail.quantity", "items.detail.fulfilled_quantity"],
    filters: { id: req.params.id },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  const items = (order.items ?? []) as any[]
  const reservations = items.length
    ? await inventory.listReservationItems({ line_item_id: items.map((i) => i.id) })
    : []
  const locationIds = [...new Set(reservations.map((r) => r.location_id))]
  const [locations, owners] = await Promise.all([
    locationsByIds(req.scope, locationIds),
    locationIds.length ? listDealerLocationLinks(req.scope, { stock_location_id: locationIds }) : Promise.resolve([]),
  ])
  const dealerIds = [...new Set(owners.map((o) => o.dealer_id))]
  const dealers = dealerIds.length
    ? await req.scope
        .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
        .listDealers({ id: dealerIds }, { select: ["id", "code", "display_name"] })
    : []
  const dealerOf = (locationId: string) => {
    const owner = owners.find((o) => o.stock_location_id === locationId)
    const dealer = owner && dealers.find((d) => d.id === owner.dealer_id)
    return dealer ? { id: dealer.id, code: dealer.code, name: dealer.display_name } : null
  }
  const byLocation = locations.map((l) => ({
    location: { id: l.id, name: l.name },
    dealer: dealerOf(l.id),
    quantity: reservations.filter((r) => r.location_id === l.id).reduce((s, r) => s + Number(r.quantity), 0),
  }))

  const unfulfilled = items
    .map((i) => ({ id: i.id as string, title: i.title as string, quantity: Number(i.quantity ?? i.detail?.quantity ?? 0) - Number(i.detail?.fulfilled_quantity ?? 0) }))
    .filter((i) => i.quantity > 0)

  const [restockRow] = await req.scope
    .resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    .listRestockOrders({ order_id: order.id }, { take: 1 })
  const [restock] = restockRow ? await restockOrderViews(req.scope, [restockRow]) : [null]
  let restockView: Record<string, unknown> | null = null
  if (restock) {
    const names = await locationsByIds(req.scope, [restock.target_location_id, restock.source.location_id].filter(Boolean) as string[])
    const name = (id: string | null) => (id ? { id, name: names.find((n) => n.id === id)?.name ?? id } : null)
    const [buyer] = await req.scope
      .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
      .listDealers({ id: restock.dealer_id }, { select: ["id", "code", "display_name"] })
    restockView = {
      ...restock,
      dealer: buyer ? { id: buyer.id, code: buyer.code, name: buyer.display_name } : null,
      target_location: name(restock.target_location_id),
      source_location: name(restock.source.location_id),
    }
  }

  // The single location holding all of the order's reservations, when that is a dealer's own.
  const shipsFrom = byLocation.length === 1 && byLocation[0].dealer ? byLocation[0] : null
  res.json({
    order_id: order.id,
    locations: byLocation,
    ships_from: shipsFrom,
    unfulfilled_items: unfulfilled,
    restock_order: restockView,
  })
}
