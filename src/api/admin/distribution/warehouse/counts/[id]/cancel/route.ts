import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelStockCountWorkflow } from "../../../../../../../workflows/warehouse/workflows/cancel-stock-count"
import { retrieveCountView } from "../../../count-views"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await cancelStockCountWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ count: await retrieveCountView(req.scope, req.params.id) })
}
