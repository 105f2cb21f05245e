import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type DistributionModuleService from "../../modules/distribution/service"
import type WarehouseModuleService from "../../modules/warehouse/service"
import { DISTRIBUTION_MODULE, WAREHOUSE_MODULE } from "../../types/module-names"
import { listDealerLocationLinks } from "../../workflows/warehouse/steps/dealer-location-owners"
import { loadTransferViews, type TransferView } from "./stock-transfer-views"

/** Views of dealers' own stock locations, their stock and their restock orders (admin and store). */

export type LocationAddressView = {
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
} | null

export type StockSummary = { items: number; stocked_quantity: number; reserved_quantity: number; available_quantity: number }

const ADDRESS_FIELDS = ["address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const

/** The dealer's stock locations with their addresses, by name. */
export async function dealerLocations(container: MedusaContainer, dealerId: string) {
  const ids = (await listDealerLocationLinks(container, { dealer_id: dealerId })).map((l) => l.stock_location_id)
  return await locationsByIds(container, ids)
}

export async function locationsByIds(container: MedusaContainer, ids: string[]) {
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", ...ADDRESS_FIELDS.map((f) => `address.${f}`)],
    filters: { id: ids },
  })
  return (data as any[])
    .map((l) => ({
      id: l.id as string,
      name: l.name as string,
      address: l.address
        ? (Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, l.address[f] ?? null])) as NonNullable<LocationAddressView>)
        : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}

/** Items, stocked, reserved and available units per location (one aggregate query). */
export async function locationStockSummaries(container: MedusaContainer, ids: string[]): Promise<Map<string, StockSummary>> {
  const out = new Map<string, StockSummary>()
  for (const id of ids) {
    out.set(id, { items: 0, stocked_quantity: 0, reserved_quantity: 0, available_quantity: 0 })
  }
  if (!ids.length) {
    return out
  }
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT location_id, count(*)::int AS items,
            coalesce(sum(stocked_quantity), 0)::int AS stocked,
            coalesce(sum(reserved_quantity), 0)::int AS reserved
       FROM inventory_level
      WHERE location_id = ANY(?) AND deleted_at IS NULL
      GROUP BY location_id`,
    [ids]
  )
  for (const row of rows as any[]) {
    out.set(row.location_id, {
      items: Number(row.items),
      stocked_quantity: Number(row.stocked),
      reserved_quantity: Number(row.reserved),
      available_quantity: Number(row.stocked) - Number(row.reserved),
    })
  }
  return out
}

/** Inventory levels at the given locations, with SKU and title; `q` matches SKU or title. */
export async function locationStockItems(
  container: MedusaContainer,
  opts: { location_ids: string[]; q?: string; limit: number; offset: number }
) {
  const inventory = container.resolve(Modules.INVENTORY)
  if (!opts.location_ids.length) {
    return { items: [], count: 0 }
  }
  const filters: Record<string, unknown> = { location_id: opts.location_ids }
  if (opts.q) {
    const matching = await inventory.listInventoryItems({ q: opts.q } as any, { select: ["id"], take: 1000 })
    if (!matching.length) {
      return { items: [], count: 0 }
    }
    filters.inventory_item_id = matching.map((i) => i.id)
  }
  const [levels, count] = await inventory.listAndCountInventoryLevels(filters as any, {
    skip: opts.offset,
    take: opts.limit,
    order: { location_id: "ASC", inventory_item_id: "ASC" },
  })
  const itemIds = [...new Set(levels.map((l) => l.inventory_item_id))]
  const items = itemIds.length ? await inventory.listInventoryItems({ id: itemIds }, { select: ["id", "sku", "title"] }) : []
  const byId = new Map(items.map((i) => [i.id, i]))
  return {
    items: levels.map((l) => ({
      location_id: l.location_id,
      inventory_item_id: l.inventory_item_id,
      sku: byId.get(l.inventory_item_id)?.sku ?? null,
      title: byId.get(l.inventory_item_id)?.title ?? null,
      stocked_quantity: Number(l.stocked_quantity),
      reserved_quantity: Number(l.reserved_quantity),
      available_quantity: Number(l.stocked_quantity) - Number(l.reserved_quantity),
    })),
    count,
  }
}

/** Restock orders with their Medusa order's display id and their received transfers. */
export async function restockOrderViews(container: MedusaContainer, rows: any[]) {
  if (!rows.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const orderIds = rows.map((r) => r.order_id)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
  const displayIds = new Map((orders as any[]).map((o) => [o.id, o.display_id]))
  const transfers = await warehouse.listStockTransfers(
    { order_id: orderIds, kind: "restock" },
    { select: ["id", "order_id"], order: { created_at: "ASC" } }
  )
  const views = await transferViews(container, transfers.map((t) => t.id))
  const dealerIds = [...new Set(rows.map((r) => r.source_dealer_id).filter(Boolean))] as string[]
  const dealers = dealerIds.length ? await distribution.listDealers({ id: dealerIds }, { select: ["id", "code", "display_name"] }) : []
  const dealerById = new Map(dealers.map((d) => [d.id, { id: d.id, code: d.code, name: d.display_name }]))
  return rows.map((r) => ({
    id: r.id,
    order_id: r.order_id,
    display_id: displayIds.get(r.order_id) ?? null,
    status: r.status,
    dealer_id: r.dealer_id,
    source: {
      location_id: r.source_location_id ?? null,
      dealer_id: r.source_dealer_id ?? null,
      dealer: r.source_dealer_id ? dealerById.get(r.source_dealer_id) ?? null : null,
    },
    target_location_id: r.target_location_id,
    created_at: r.created_at,
    transfers: views.filter((t) => t.order_id === r.order_id),
  }))
}

/** Transfer views with lines (the shared TransferView of the admin API), in the order of `ids`. */
export async function transferViews(container: MedusaContainer, ids: string[]): Promise<TransferView[]> {
  return await loadTransferViews(container, ids)
}
