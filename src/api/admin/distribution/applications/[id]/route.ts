import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDealerApplication } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    application: await refetchDealerApplication(req.scope, req.params.id, req.queryConfig.fields),
  })
}
