import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { evaluateStockAlertsWorkflow } from "../../../../../../workflows/warehouse/workflows/evaluate-stock-alerts"

/** "Scan now": what the 15-minute job does — every threshold evaluated. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await evaluateStockAlertsWorkflow(req.scope).run({ input: { all: true } })
  res.json({ opened: result.opened.length, closed: result.closed.length, notified: result.notified })
}
