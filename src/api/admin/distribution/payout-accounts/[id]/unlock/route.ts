import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPayoutAccountStatusWorkflow } from "../../../../../../workflows/payout/workflows/set-payout-account-status"
import { payoutAccountView } from "../../../../../shared/payout-views"

export const POST = async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
  const { result } = await setPayoutAccountStatusWorkflow(req.scope).run({
    input: { account_id: req.params.id, action: "unlock", reason: req.validatedBody?.reason ?? null, actor_id: req.auth_context.actor_id },
  })
  res.json({ payout_account: payoutAccountView(result) })
}
