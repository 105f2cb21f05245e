import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateStockAlertsStep } from "../steps/stock-alert-evaluate"
import { notifyStockAlertsStep } from "../steps/stock-alert-notify"
import { resolveStockThresholdImportStep } from "../steps/stock-threshold-resolve-import"
import { upsertStockThresholdsStep } from "../steps/stock-threshold-upsert"

export const importStockThresholdsWorkflowId = "import-stock-thresholds"

/**
 * Sets thresholds in bulk from a CSV (`sku,location,reorder_point,reorder_quantity`;
 * location = id or exact name), all or nothing: any bad row refuses the file
 * with a 400 listing the rows. Then evaluates the imported pairs' alerts.
 *
 * @example
 * const { result } = await importStockThresholdsWorkflow(container).run({
 *   input: { csv: "sku,location,reorder_point,reorder_quantity\nTEA-1,Hangzhou DC,5,20" },
 * })
 * // result: { updated: 1 }
 */
export const importStockThresholdsWorkflow = createWorkflow(importStockThresholdsWorkflowId, (input: { csv: string }) => {
  const thresholds = resolveStockThresholdImportStep(input)
  const saved = upsertStockThresholdsStep(thresholds)
  const changes = evaluateStockAlertsStep(
    transform({ saved }, ({ saved }) => ({
      pairs: saved.map((t: any) => ({ inventory_item_id: t.inventory_item_id, location_id: t.location_id })),
    }))
  )
  notifyStockAlertsStep(transform({ changes }, ({ changes }) => ({ alert_ids: changes.opened.map((a) => a.id) })))
  return new WorkflowResponse(transform({ saved }, ({ saved }) => ({ updated: saved.length })))
})
