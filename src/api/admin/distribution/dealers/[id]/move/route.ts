import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveDealerWorkflow } from "../../../../../../workflows"
import { refetchDealer } from "../../helpers"
import type { AdminMoveDealerType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMoveDealerType>,
  res: MedusaResponse
) => {
  await moveDealerWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      parent_id: req.validatedBody.parent_id,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ dealer: await refetchDealer(req.scope, req.params.id, req.queryConfig.fields) })
}
