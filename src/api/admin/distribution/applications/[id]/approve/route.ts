import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveDealerApplicationWorkflow } from "../../../../../../workflows"
import { defaultAdminDealerFields } from "../../../dealers/query-config"
import { refetchDealer } from "../../../dealers/helpers"
import { refetchDealerApplication } from "../../helpers"
import type { AdminApproveDealerApplicationType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveDealerApplicationType>,
  res: MedusaResponse
) => {
  await refetchDealerApplication(req.scope, req.params.id, ["id"])
  const { result } = await approveDealerApplicationWorkflow(req.scope).run({
    input: { id: req.params.id, actor_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({
    application: await refetchDealerApplication(req.scope, req.params.id, req.queryConfig.fields),
    dealer: await refetchDealer(req.scope, result.dealer.id, defaultAdminDealerFields),
  })
}
