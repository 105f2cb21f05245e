/**
 * Low-stock rules (库存预警). A threshold watches one inventory item at one
 * location: it is low when the available quantity (stocked − reserved) is at
 * or below the reorder point, and recovered once it is above it. Opening is
 * idempotent in the module (one open alert per item and location), so these
 * rules only say which pairs are low and which have recovered.
 */

export type ThresholdReading = {
  inventory_item_id: string
  location_id: string
  reorder_point: number
  reorder_quantity: number | null
  available_quantity: number
}

export type LowStockDecision = {
  inventory_item_id: string
  location_id: string
  reorder_point: number
  available_quantity: number
  suggested_quantity: number
}

export type RecoveredStock = { inventory_item_id: string; location_id: string; available_quantity: number }

/** Available = stocked − reserved (may be negative when over-reserved). */
export function availableQuantity(stocked: number | string, reserved: number | string): number {
  return Number(stocked) - Number(reserved)
}

/** Low at or below the reorder point. */
export function isLowStock(available: number, reorderPoint: number): boolean {
  return available <= reorderPoint
}

/**
 * What to order: the threshold's reorder quantity when set, else enough to
 * get back to twice the reorder point (at least one).
 */
export function suggestedReorderQuantity(reorderPoint: number, reorderQuantity: number | null | undefined, available: number): number {
  if (reorderQuantity != null && reorderQuantity > 0) {
    return reorderQuantity
  }
  return Math.max(2 * reorderPoint - available, 1)
}

/** Splits readings into alerts to open (low) and alerts to close (recovered). */
export function decideStockAlerts(readings: ThresholdReading[]): { low: LowStockDecision[]; recovered: RecoveredStock[] } {
  const low: LowStockDecision[] = []
  const recovered: RecoveredStock[] = []
  for (const r of readings) {
    if (isLowStock(r.available_quantity, r.reorder_point)) {
      low.push({
        inventory_item_id: r.inventory_item_id,
        location_id: r.location_id,
        reorder_point: r.reorder_point,
        available_quantity: r.available_quantity,
        suggested_quantity: suggestedReorderQuantity(r.reorder_point, r.reorder_quantity, r.available_quantity),
      })
    } else {
      recovered.push({
        inventory_item_id: r.inventory_item_id,
        location_id: r.location_id,
        available_quantity: r.available_quantity,
      })
    }
  }
  return { low, recovered }
}

/** The key of an item at a location, for maps and sets. */
export const stockPairKey = (inventoryItemId: string, locationId: string) => `${inventoryItemId}\u0000${locationId}`

/** What is known of an item at a location before evaluating it: its threshold's reorder point (null: none) and whether an alert is open. */
export type WatchedStock = { reorder_point: number | null; has_open_alert: boolean }

/**
 * Whether evaluating this item at this location could open or close an
 * alert, as the evaluation itself decides it (`decideStockAlerts`, and open
 * alerts whose threshold was removed close whatever the stock): with a
 * threshold and a level, a low pair opens one unless one is open and a
 * recovered pair closes the open one; with a threshold but no level
 * (`available` undefined) nothing is judged; an open alert without a
 * threshold always closes. False means the evaluation would change nothing.
 */
export function needsStockAlertEvaluation(watched: WatchedStock, available: number | undefined): boolean {
  if (watched.reorder_point == null) {
    return watched.has_open_alert
  }
  if (available === undefined) {
    return false
  }
  return isLowStock(available, watched.reorder_point) ? !watched.has_open_alert : watched.has_open_alert
}
