import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectDealerApplicationWorkflow } from "../../../../../../workflows"
import { refetchDealerApplication } from "../../helpers"
import type { AdminRejectDealerApplicationType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectDealerApplicationType>,
  res: MedusaResponse
) => {
  await refetchDealerApplication(req.scope, req.params.id, ["id"])
  await rejectDealerApplicationWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  res.json({
    application: await refetchDealerApplication(req.scope, req.params.id, req.queryConfig.fields),
  })
}
