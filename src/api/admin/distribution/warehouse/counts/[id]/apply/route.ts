import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyStockCountWorkflow } from "../../../../../../../workflows/warehouse/workflows/apply-stock-count"
import { retrieveCountView } from "../../../count-views"

/** Applies the counted lines: each level moves by counted − snapshot. Once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await applyStockCountWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ count: await retrieveCountView(req.scope, req.params.id) })
}
