import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stockPairKey } from "../../../lib/warehouse/low-stock"
import { readAvailability } from "../utils/stock-alert-readings"
import { inventoryItems, locationNames } from "../utils/warehouse-service"

export type StockThresholdInput = {
  inventory_item_id: string
  location_id: string
  reorder_point: number
  /** Left out: unchanged on an existing threshold (none on a new one); null clears it. */
  reorder_quantity?: number | null
}

export const validateStockThresholdsStepId = "stock-threshold-validate"

/**
 * Refuses thresholds of unknown inventory items (404) or stock locations
 * (404), of an item not stocked at the location (400: add the item to the
 * location first), or the same item and location twice in one request (400).
 *
 * @example
 * validateStockThresholdsStep([{ inventory_item_id, location_id, reorder_point: 5 }])
 */
export const validateStockThresholdsStep = createStep(
  validateStockThresholdsStepId,
  async (thresholds: StockThresholdInput[], { container }) => {
    const seen = new Set<string>()
    for (const t of thresholds) {
      const key = stockPairKey(t.inventory_item_id, t.location_id)
      if (seen.has(key)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Inventory item ${t.inventory_item_id} at location ${t.location_id} appears more than once.`
        )
      }
      seen.add(key)
    }
    const [items, locations] = await Promise.all([
      inventoryItems(container, thresholds.map((t) => t.inventory_item_id)),
      locationNames(container, thresholds.map((t) => t.location_id)),
    ])
    for (const t of thresholds) {
      if (!items.has(t.inventory_item_id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item with id: ${t.inventory_item_id} was not found`)
      }
      if (!locations.has(t.location_id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location with id: ${t.location_id} was not found`)
      }
    }
    const levels = await readAvailability(container, thresholds)
    for (const t of thresholds) {
      if (!levels.has(stockPairKey(t.inventory_item_id, t.location_id))) {
        const item = items.get(t.inventory_item_id)!
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `SKU ${item.sku ?? item.title ?? item.id} is not stocked at ${locations.get(t.location_id)}: add the item to the location first.`
        )
      }
    }
    return new StepResponse(thresholds)
  }
)
