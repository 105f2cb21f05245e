import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { warehouseService } from "../utils/warehouse-service"

export const deleteStockThresholdStepId = "stock-threshold-delete"

/**
 * Removes a threshold (soft delete); returns its item and location so its
 * open alert can be closed. A 404 for an unknown id. Compensation restores it.
 *
 * @example
 * const pair = deleteStockThresholdStep({ id: "stthr_1" })
 */
export const deleteStockThresholdStep = createStep(
  deleteStockThresholdStepId,
  async (input: { id: string }, { container }) => {
    const warehouse = warehouseService(container)
    const [threshold] = await warehouse.listStockThresholds({ id: input.id })
    if (!threshold) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock threshold with id: ${input.id} was not found`)
    }
    await warehouse.softDeleteStockThresholds([threshold.id])
    return new StepResponse(
      { id: threshold.id, inventory_item_id: threshold.inventory_item_id, location_id: threshold.location_id },
      threshold.id
    )
  },
  async (id, { container }) => {
    if (id) {
      await warehouseService(container).restoreStockThresholds([id])
    }
  }
)
