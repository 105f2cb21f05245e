import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stockPairKey } from "../../../lib/warehouse/low-stock"
import { warehouseService } from "../utils/warehouse-service"
import type { StockThresholdInput } from "./stock-threshold-validate"

type Undo = {
  created: string[]
  previous: { id: string; reorder_point: number; reorder_quantity: number | null }[]
}

export const upsertStockThresholdsStepId = "stock-threshold-upsert"

/**
 * Creates or updates the threshold of each item and location (one per pair).
 * Compensation deletes the ones it created and restores the ones it changed.
 *
 * @example
 * const thresholds = upsertStockThresholdsStep([{ inventory_item_id, location_id, reorder_point: 5, reorder_quantity: 20 }])
 */
export const upsertStockThresholdsStep = createStep(
  upsertStockThresholdsStepId,
  async (thresholds: StockThresholdInput[], { container }) => {
    const warehouse = warehouseService(container)
    if (!thresholds.length) {
      return new StepResponse([] as any[], { created: [], previous: [] } as Undo)
    }
    const existing = await warehouse.listStockThresholds(
      {
        inventory_item_id: [...new Set(thresholds.map((t) => t.inventory_item_id))],
        location_id: [...new Set(thresholds.map((t) => t.location_id))],
      },
      { take: null }
    )
    const byPair = new Map(existing.map((t: any) => [stockPairKey(t.inventory_item_id, t.location_id), t]))
    const toCreate: any[] = []
    const toUpdate: any[] = []
    const previous: Undo["previous"] = []
    for (const t of thresholds) {
      const current: any = byPair.get(stockPairKey(t.inventory_item_id, t.location_id))
      if (current) {
        previous.push({ id: current.id, reorder_point: current.reorder_point, reorder_quantity: current.reorder_quantity ?? null })
        toUpdate.push({
          id: current.id,
          reorder_point: t.reorder_point,
          ...(t.reorder_quantity !== undefined ? { reorder_quantity: t.reorder_quantity } : {}),
        })
      } else {
        toCreate.push({
          inventory_item_id: t.inventory_item_id,
          location_id: t.location_id,
          reorder_point: t.reorder_point,
          reorder_quantity: t.reorder_quantity ?? null,
        })
      }
    }
    const created = toCreate.length ? await warehouse.createStockThresholds(toCreate) : []
    const updated = toUpdate.length ? await warehouse.updateStockThresholds(toUpdate) : []
    return new StepResponse([...created, ...updated], { created: created.map((t: any) => t.id), previous } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const warehouse = warehouseService(container)
    if (undo.created.length) {
      await warehouse.deleteStockThresholds(undo.created)
    }
    if (undo.previous.length) {
      await warehouse.updateStockThresholds(undo.previous)
    }
  }
)
