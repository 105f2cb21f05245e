import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePayoutBatchView } from "../../../../../shared/payout-views"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ batch: await retrievePayoutBatchView(req.scope, req.params.id) })
}
