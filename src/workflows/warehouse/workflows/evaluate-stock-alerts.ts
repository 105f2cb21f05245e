import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateStockAlertsStep, EvaluateStockAlertsStepInput } from "../steps/stock-alert-evaluate"
import { notifyStockAlertsStep } from "../steps/stock-alert-notify"

export type EvaluateStockAlertsInput = EvaluateStockAlertsStepInput

export const evaluateStockAlertsWorkflowId = "evaluate-stock-alerts"

/**
 * Low-stock alerts (库存预警) of the given items at locations, or of every
 * threshold (`all`): opens an alert where the available quantity is at or
 * below the reorder point (once: a further drop opens nothing), closes it
 * where stock recovered, and notifies each newly opened alert. The full scan
 * also retries notifications that failed before.
 *
 * @example
 * const { result } = await evaluateStockAlertsWorkflow(container).run({
 *   input: { pairs: [{ inventory_item_id: "iitem_1", location_id: "sloc_1" }] },
 * })
 * // result: { opened: [{ id, inventory_item_id, location_id }], closed: ["stalrt_…"], notified: 1 }
 */
export const evaluateStockAlertsWorkflow = createWorkflow(evaluateStockAlertsWorkflowId, (input: EvaluateStockAlertsInput) => {
  const changes = evaluateStockAlertsStep(input)
  const notifyInput = transform({ changes, input }, ({ changes, input }) => ({
    alert_ids: changes.opened.map((a) => a.id),
    retry_unnotified: !!input.all,
  }))
  const { notified } = notifyStockAlertsStep(notifyInput)
  return new WorkflowResponse(
    transform({ changes, notified }, ({ changes, notified }) => ({ opened: changes.opened, closed: changes.closed, notified }))
  )
})
