import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteItemCostStep, saveItemCostStep, SaveItemCostInput } from "../steps/save-item-cost"

export const saveItemCostWorkflowId = "warehouse-save-item-cost"

/**
 * Sets what one unit of an inventory item costs (for stock value and count
 * variances): creates or replaces the item's cost.
 *
 * @example
 * await saveItemCostWorkflow(container).run({ input: { inventory_item_id, currency_code: "cny", unit_cost: "12.50" } })
 */
export const saveItemCostWorkflow = createWorkflow(saveItemCostWorkflowId, (input: SaveItemCostInput) => {
  return new WorkflowResponse(saveItemCostStep(input))
})

export const deleteItemCostWorkflowId = "warehouse-delete-item-cost"

/** Removes an item's unit cost. */
export const deleteItemCostWorkflow = createWorkflow(deleteItemCostWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deleteItemCostStep(input))
})
