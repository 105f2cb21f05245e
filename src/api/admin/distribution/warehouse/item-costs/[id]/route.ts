import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteItemCostWorkflow } from "../../../../../../workflows/warehouse/workflows/save-item-cost"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteItemCostWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "item_cost", deleted: true })
}
