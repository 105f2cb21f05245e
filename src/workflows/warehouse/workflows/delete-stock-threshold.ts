import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateStockAlertsStep } from "../steps/stock-alert-evaluate"
import { deleteStockThresholdStep } from "../steps/stock-threshold-delete"

export const deleteStockThresholdWorkflowId = "delete-stock-threshold"

/**
 * Stops watching an item at a location: removes its threshold and closes its
 * open alert (if any) with the current available quantity.
 *
 * @example
 * await deleteStockThresholdWorkflow(container).run({ input: { id: "stthr_1" } })
 */
export const deleteStockThresholdWorkflow = createWorkflow(deleteStockThresholdWorkflowId, (input: { id: string }) => {
  const removed = deleteStockThresholdStep(input)
  const changes = evaluateStockAlertsStep(transform({ removed }, ({ removed }) => ({ pairs: [removed] })))
  return new WorkflowResponse(transform({ removed, changes }, ({ removed, changes }) => ({ id: removed.id, closed: changes.closed })))
})
