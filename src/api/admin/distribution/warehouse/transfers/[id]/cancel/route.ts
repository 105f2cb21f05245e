import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelStockTransferWorkflow } from "../../../../../../../workflows/warehouse/workflows/cancel-stock-transfer"
import { retrieveTransferView } from "../../../../../../shared/stock-transfer-views"

/** Cancels a draft, or a shipped transfer (its stock goes back to the source). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await cancelStockTransferWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ transfer: await retrieveTransferView(req.scope, req.params.id) })
}
