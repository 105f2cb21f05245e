import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { containsPattern } from "../../../../../lib/sql/like-pattern"
import { stockPairKey, suggestedReorderQuantity } from "../../../../../lib/warehouse/low-stock"
import { readAvailability } from "../../../../../workflows/warehouse/utils/stock-alert-readings"
import { inventoryItems, locationNames, warehouseService } from "../../../../../workflows/warehouse/utils/warehouse-service"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * Ids of the inventory items whose SKU or title contains `q`
 * (case-insensitive), at most `limit` of them; null when there is no `q`.
 */
export async function itemIdsMatching(container: Resolver, q: string | undefined, limit = 1000): Promise<string[] | null> {
  if (!q) return null
  const pattern = containsPattern(q)
  const items = await container
    .resolve(Modules.INVENTORY)
    .listInventoryItems({ $or: [{ sku: { $ilike: pattern } }, { title: { $ilike: pattern } }] } as any, { select: ["id"], take: limit })
  return items.map((i) => i.id)
}

/** Narrows a filter on inventory_item_id by a search (an empty match matches nothing). */
export function withItemFilter(filters: Record<string, unknown>, itemId: string | undefined, matching: string[] | null) {
  if (matching) {
    const ids = itemId ? matching.filter((id) => id === itemId) : matching
    filters.inventory_item_id = ids.length ? ids : ["__none__"]
  } else if (itemId) {
    filters.inventory_item_id = itemId
  }
  return filters
}

const itemOf = (items: Map<string, { sku: string | null; title: string | null }>, id: string) => ({
  sku: items.get(id)?.sku ?? null,
  title: items.get(id)?.title ?? null,
})

/** Thresholds with their item's SKU and title, location name and available quantity now. */
export async function thresholdViews(container: Resolver, thresholds: any[]) {
  const [items, locations, available] = await Promise.all([
    inventoryItems(container, thresholds.map((t) => t.inventory_item_id)),
    locationNames(container, thresholds.map((t) => t.location_id)),
    readAvailability(container, thresholds),
  ])
  return thresholds.map((t) => ({
    id: t.id,
    inventory_item_id: t.inventory_item_id,
    ...itemOf(items, t.inventory_item_id),
    location: { id: t.location_id, name: locations.get(t.location_id) ?? null },
    reorder_point: Number(t.reorder_point),
    reorder_quantity: t.reorder_quantity == null ? null : Number(t.reorder_quantity),
    available_quantity: available.get(stockPairKey(t.inventory_item_id, t.location_id)) ?? null,
    created_at: t.created_at,
    updated_at: t.updated_at,
  }))
}

/**
 * Alerts with their item, location, the threshold's reorder quantity and the
 * available quantity now. An open alert's suggested quantity follows the
 * stock (it is what to order today); a closed one keeps what it suggested.
 */
export async function alertViews(container: Resolver, alerts: any[]) {
  const pairs = alerts.map((a) => ({ inventory_item_id: a.inventory_item_id, location_id: a.location_id }))
  const [items, locations, available, thresholds] = await Promise.all([
    inventoryItems(container, pairs.map((p) => p.inventory_item_id)),
    locationNames(container, pairs.map((p) => p.location_id)),
    readAvailability(container, pairs),
    pairs.length
      ? warehouseService(container).listStockThresholds(
          {
            inventory_item_id: [...new Set(pairs.map((p) => p.inventory_item_id))],
            location_id: [...new Set(pairs.map((p) => p.location_id))],
          },
          { take: null }
        )
      : Promise.resolve([]),
  ])
  const thresholdOf = new Map((thresholds as any[]).map((t) => [stockPairKey(t.inventory_item_id, t.location_id), t]))
  return alerts.map((a) => {
    const key = stockPairKey(a.inventory_item_id, a.location_id)
    const threshold = thresholdOf.get(key)
    const current = available.get(key) ?? null
    const reorderQuantity = threshold?.reorder_quantity == null ? null : Number(threshold.reorder_quantity)
    const suggested =
      a.status === "open" && current !== null
        ? suggestedReorderQuantity(Number(threshold?.reorder_point ?? a.reorder_point), reorderQuantity, current)
        : Number(a.suggested_quantity)
    return {
      id: a.id,
      status: a.status,
      inventory_item_id: a.inventory_item_id,
      ...itemOf(items, a.inventory_item_id),
      location: { id: a.location_id, name: locations.get(a.location_id) ?? null },
      threshold_id: threshold?.id ?? null,
      reorder_point: Number(a.reorder_point),
      reorder_quantity: reorderQuantity,
      available_quantity: Number(a.available_quantity),
      current_available_quantity: current,
      closed_available_quantity: a.closed_available_quantity == null ? null : Number(a.closed_available_quantity),
      suggested_quantity: suggested,
      opened_at: a.opened_at,
      closed_at: a.closed_at ?? null,
      notified_at: a.notified_at ?? null,
    }
  })
}
