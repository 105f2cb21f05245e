import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipStockTransferWorkflow } from "../../../../../../../workflows/warehouse/workflows/ship-stock-transfer"
import { retrieveTransferView } from "../../../../../../shared/stock-transfer-views"

/** Ships a draft: its quantities leave the source location. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await shipStockTransferWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ transfer: await retrieveTransferView(req.scope, req.params.id) })
}
