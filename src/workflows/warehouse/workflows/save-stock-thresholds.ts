import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateStockAlertsStep } from "../steps/stock-alert-evaluate"
import { notifyStockAlertsStep } from "../steps/stock-alert-notify"
import { upsertStockThresholdsStep } from "../steps/stock-threshold-upsert"
import { StockThresholdInput, validateStockThresholdsStep } from "../steps/stock-threshold-validate"

export type { StockThresholdInput }
export type SaveStockThresholdsInput = { thresholds: StockThresholdInput[] }

export const saveStockThresholdsWorkflowId = "save-stock-thresholds"

/**
 * Sets the low-stock thresholds of items at locations (creates or updates one
 * per pair), then evaluates their alerts at once: a new point above the
 * current stock opens (and notifies) an alert, one below it closes it.
 *
 * @example
 * const { result } = await saveStockThresholdsWorkflow(container).run({
 *   input: { thresholds: [{ inventory_item_id: "iitem_1", location_id: "sloc_1", reorder_point: 5, reorder_quantity: 20 }] },
 * })
 */
export const saveStockThresholdsWorkflow = createWorkflow(saveStockThresholdsWorkflowId, (input: SaveStockThresholdsInput) => {
  const thresholds = validateStockThresholdsStep(input.thresholds)
  const saved = upsertStockThresholdsStep(thresholds)
  const pairs = transform({ saved }, ({ saved }) => ({
    pairs: saved.map((t: any) => ({ inventory_item_id: t.inventory_item_id, location_id: t.location_id })),
  }))
  const changes = evaluateStockAlertsStep(pairs)
  notifyStockAlertsStep(transform({ changes }, ({ changes }) => ({ alert_ids: changes.opened.map((a) => a.id) })))
  return new WorkflowResponse(saved)
})
