import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { availableQuantity, decideStockAlerts, stockPairKey, ThresholdReading } from "../../../lib/warehouse/low-stock"
import { warehouseService } from "./warehouse-service"

type Resolver = Pick<MedusaContainer, "resolve">

/** An inventory item at a stock location. */
export type StockPair = { inventory_item_id: string; location_id: string }

/** An alert this evaluation opened. */
export type OpenedStockAlert = { id: string; inventory_item_id: string; location_id: string }

export type StockAlertChanges = { opened: OpenedStockAlert[]; closed: string[] }

/** How many thresholds the scan reads and decides at a time (one levels query per batch). */
export const STOCK_ALERT_SCAN_BATCH = 500

const toNumber = (value: unknown) => MathBN.convert((value ?? 0) as any).toNumber()

/** An inventory level's available quantity (stocked − reserved) as a number. */
export const levelAvailability = (level: { stocked_quantity?: unknown; reserved_quantity?: unknown }) =>
  availableQuantity(toNumber(level.stocked_quantity), toNumber(level.reserved_quantity))

export function uniquePairs(pairs: StockPair[]): StockPair[] {
  const seen = new Map<string, StockPair>()
  for (const p of pairs) {
    if (p?.inventory_item_id && p?.location_id) {
      seen.set(stockPairKey(p.inventory_item_id, p.location_id), { inventory_item_id: p.inventory_item_id, location_id: p.location_id })
    }
  }
  return [...seen.values()]
}

/**
 * Available quantity (stocked − reserved) of each pair that has an inventory
 * level, in one query to Medusa's inventory module. Pairs without a level are
 * left out of the map.
 */
export async function readAvailability(container: Resolver, pairs: StockPair[]): Promise<Map<string, number>> {
  const result = new Map<string, number>()
  if (!pairs.length) return result
  const wanted = new Set(pairs.map((p) => stockPairKey(p.inventory_item_id, p.location_id)))
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels(
    {
      inventory_item_id: [...new Set(pairs.map((p) => p.inventory_item_id))],
      location_id: [...new Set(pairs.map((p) => p.location_id))],
    },
    { select: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], take: null }
  )
  for (const level of levels as any[]) {
    const key = stockPairKey(level.inventory_item_id, level.location_id)
    if (wanted.has(key)) {
      result.set(key, levelAvailability(level))
    }
  }
  return result
}

/** Thresholds of exactly these pairs (one query). */
async function thresholdsOf(container: Resolver, pairs: StockPair[]): Promise<any[]> {
  if (!pairs.length) return []
  const wanted = new Set(pairs.map((p) => stockPairKey(p.inventory_item_id, p.location_id)))
  const rows = await warehouseService(container).listStockThresholds(
    {
      inventory_item_id: [...new Set(pairs.map((p) => p.inventory_item_id))],
      location_id: [...new Set(pairs.map((p) => p.location_id))],
    },
    { take: null }
  )
  return rows.filter((t: any) => wanted.has(stockPairKey(t.inventory_item_id, t.location_id)))
}

/** Open alerts of exactly these pairs (one query). */
async function openAlertsOf(container: Resolver, pairs: StockPair[]): Promise<any[]> {
  if (!pairs.length) return []
  const wanted = new Set(pairs.map((p) => stockPairKey(p.inventory_item_id, p.location_id)))
  const rows = await warehouseService(container).listStockAlerts(
    {
      status: "open",
      inventory_item_id: [...new Set(pairs.map((p) => p.inventory_item_id))],
      location_id: [...new Set(pairs.map((p) => p.location_id))],
    },
    { take: null }
  )
  return rows.filter((a: any) => wanted.has(stockPairKey(a.inventory_item_id, a.location_id)))
}

/**
 * Decides and writes the alerts of a set of thresholds: opens where the
 * available quantity is at or below the reorder point (the module opens each
 * at most once), closes where it is above. An open alert of a pair that no
 * longer has a threshold closes too. Pairs without an inventory level are
 * left alone (nothing is stocked there to judge).
 */
async function applyReadings(container: Resolver, thresholds: any[], orphanPairs: StockPair[]): Promise<StockAlertChanges> {
  const warehouse = warehouseService(container)
  const available = await readAvailability(container, [...thresholds, ...orphanPairs])
  const readings: ThresholdReading[] = []
  for (const t of thresholds) {
    const value = available.get(stockPairKey(t.inventory_item_id, t.location_id))
    if (value === undefined) continue
    readings.push({
      inventory_item_id: t.inventory_item_id,
      location_id: t.location_id,
      reorder_point: Number(t.reorder_point),
      reorder_quantity: t.reorder_quantity == null ? null : Number(t.reorder_quantity),
      available_quantity: value,
    })
  }
  const { low, recovered } = decideStockAlerts(readings)
  for (const p of orphanPairs) {
    recovered.push({ ...p, available_quantity: available.get(stockPairKey(p.inventory_item_id, p.location_id)) ?? 0 })
  }
  const opened = low.length ? await warehouse.openAlerts(low) : []
  const closed = recovered.length ? await warehouse.closeAlerts(recovered) : []
  return { opened, closed }
}

/** Evaluates the alerts of these items at these locations. */
export async function evaluatePairs(container: Resolver, pairs: StockPair[]): Promise<StockAlertChanges> {
  const unique = uniquePairs(pairs)
  if (!unique.length) return { opened: [], closed: [] }
  const thresholds = await thresholdsOf(container, unique)
  const watched = new Set(thresholds.map((t) => stockPairKey(t.inventory_item_id, t.location_id)))
  const unwatched = unique.filter((p) => !watched.has(stockPairKey(p.inventory_item_id, p.location_id)))
  const orphans = (await openAlertsOf(container, unwatched)).map((a) => ({ inventory_item_id: a.inventory_item_id, location_id: a.location_id }))
  return await applyReadings(container, thresholds, orphans)
}

/**
 * Evaluates every threshold, a batch at a time (one thresholds page, one
 * levels query, one insert and one update per batch), then closes open
 * alerts whose threshold was removed.
 */
export async function evaluateAllThresholds(container: Resolver, batchSize = STOCK_ALERT_SCAN_BATCH): Promise<StockAlertChanges> {
  const warehouse = warehouseService(container)
  const changes: StockAlertChanges = { opened: [], closed: [] }
  let lastId: string | null = null
  for (;;) {
    // Keyset paging: thresholds created while scanning are picked up, none is read twice.
    const page: any[] = await warehouse.listStockThresholds(lastId ? ({ id: { $gt: lastId } } as any) : {}, {
      take: batchSize,
      order: { id: "ASC" },
    })
    if (!page.length) break
    const batch = await applyReadings(container, page, [])
    changes.opened.push(...batch.opened)
    changes.closed.push(...batch.closed)
    lastId = page[page.length - 1].id
    if (page.length < batchSize) break
  }
  const open = await warehouse.listStockAlerts({ status: "open" }, { select: ["id", "inventory_item_id", "location_id"], take: null })
  if (open.length) {
    const watched = new Set((await thresholdsOf(container, open)).map((t) => stockPairKey(t.inventory_item_id, t.location_id)))
    const orphans = open.filter((a: any) => !watched.has(stockPairKey(a.inventory_item_id, a.location_id)))
    if (orphans.length) {
      const batch = await applyReadings(container, [], orphans)
      changes.closed.push(...batch.closed)
    }
  }
  return changes
}
