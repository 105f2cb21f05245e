import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inventoryItems, warehouseService } from "../utils/warehouse-service"

export type SaveItemCostInput = { inventory_item_id: string; currency_code: string; unit_cost: string }

export const saveItemCostStepId = "warehouse-save-item-cost"

/** Creates or replaces the unit cost of an inventory item (one per item). The compensation restores the previous one. */
export const saveItemCostStep = createStep(
  saveItemCostStepId,
  async (input: SaveItemCostInput, { container }) => {
    if (!(await inventoryItems(container, [input.inventory_item_id])).size) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item with id: ${input.inventory_item_id} was not found`)
    }
    const warehouse = warehouseService(container)
    const [existing] = await warehouse.listItemCosts({ inventory_item_id: input.inventory_item_id })
    const values = { currency_code: input.currency_code.toLowerCase(), unit_cost: input.unit_cost }
    if (existing) {
      const saved = await warehouse.updateItemCosts({ id: existing.id, ...values } as any)
      return new StepResponse(saved, {
        id: existing.id,
        created: false,
        currency_code: existing.currency_code,
        unit_cost: String((existing as any).raw_unit_cost?.value ?? existing.unit_cost),
      })
    }
    const saved = await warehouse.createItemCosts({ inventory_item_id: input.inventory_item_id, ...values } as any)
    return new StepResponse(saved, { id: saved.id, created: true, currency_code: "", unit_cost: "" })
  },
  async (previous, { container }) => {
    if (!previous) return
    const warehouse = warehouseService(container)
    if (previous.created) await warehouse.deleteItemCosts(previous.id)
    else await warehouse.updateItemCosts({ id: previous.id, currency_code: previous.currency_code, unit_cost: previous.unit_cost } as any)
  }
)

export const deleteItemCostStepId = "warehouse-delete-item-cost"

/** Removes an item's cost (soft delete); the compensation restores it. */
export const deleteItemCostStep = createStep(
  deleteItemCostStepId,
  async (input: { id: string }, { container }) => {
    const warehouse = warehouseService(container)
    const [existing] = await warehouse.listItemCosts({ id: input.id })
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Item cost with id: ${input.id} was not found`)
    await warehouse.softDeleteItemCosts(input.id)
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id, { container }) => {
    if (id) await warehouseService(container).restoreItemCosts(id)
  }
)
