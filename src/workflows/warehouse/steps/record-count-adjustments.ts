import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { countAdjustment } from "../../../lib/warehouse/count-variance"
import { warehouseService } from "../utils/warehouse-service"

export type RecordCountAdjustmentsInput = {
  location_id: string
  lines: { id: string; inventory_item_id: string; snapshot_quantity: number; counted_quantity: number | null }[]
}

export const recordCountAdjustmentsStepId = "warehouse-record-count-adjustments"

/**
 * After an applied count's levels moved: records on each counted line the
 * adjustment made and the stocked quantity after it. The compensation clears them.
 */
export const recordCountAdjustmentsStep = createStep(
  recordCountAdjustmentsStepId,
  async (input: RecordCountAdjustmentsInput, { container }) => {
    const counted = input.lines.filter((l) => l.counted_quantity != null)
    if (!counted.length) return new StepResponse(0, [] as string[])
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels({ location_id: input.location_id, inventory_item_id: counted.map((l) => l.inventory_item_id) })
    const after = new Map(levels.map((l) => [l.inventory_item_id, Number(l.stocked_quantity)]))
    await warehouseService(container).updateStockCountLines(
      counted.map((line) => ({ id: line.id, applied_adjustment: countAdjustment(line), quantity_after: after.get(line.inventory_item_id) ?? null }))
    )
    return new StepResponse(counted.length, counted.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await warehouseService(container).updateStockCountLines(ids.map((id) => ({ id, applied_adjustment: null, quantity_after: null })))
  }
)
