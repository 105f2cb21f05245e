import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveStockTransferWorkflow } from "../../../../../../../workflows/warehouse/workflows/receive-stock-transfer"
import { retrieveTransferView } from "../../../../../../shared/stock-transfer-views"
import type { ReceiveTransferBodyType } from "../../../validators"

/** Receives a shipped transfer; lines left out are received in full. */
export const POST = async (req: AuthenticatedMedusaRequest<ReceiveTransferBodyType>, res: MedusaResponse) => {
  await receiveStockTransferWorkflow(req.scope).run({
    input: { id: req.params.id, actor_id: req.auth_context.actor_id, lines: req.validatedBody.lines ?? [] },
  })
  res.json({ transfer: await retrieveTransferView(req.scope, req.params.id) })
}
