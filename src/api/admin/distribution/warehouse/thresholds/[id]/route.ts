import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteStockThresholdWorkflow } from "../../../../../../workflows/warehouse/workflows/delete-stock-threshold"

/** Stops watching an item at a location; its open alert closes. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteStockThresholdWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: result.id, object: "stock_threshold", deleted: true, closed_alert_ids: result.closed })
}
