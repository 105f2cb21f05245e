import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateStockTransferWorkflow } from "../../../../../../workflows/warehouse/workflows/update-stock-transfer"
import { retrieveTransferView } from "../../../../../shared/stock-transfer-views"
import type { UpdateTransferBodyType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ transfer: await retrieveTransferView(req.scope, req.params.id) })
}

/** Edits a draft: note, and/or lines (replacing them all). */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateTransferBodyType>, res: MedusaResponse) => {
  await updateStockTransferWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ transfer: await retrieveTransferView(req.scope, req.params.id) })
}
