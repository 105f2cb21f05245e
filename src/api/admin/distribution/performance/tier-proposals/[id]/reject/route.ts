import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectDealerTierProposalWorkflow } from "../../../../../../../workflows/performance/workflows/reject-dealer-tier-proposal"
import type { AdminDecideTierProposalType } from "../../../validators"
import { proposalView } from "../../helpers"

/** Rejects a proposal: the dealer stays in its tier. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { note } = req.validatedBody as AdminDecideTierProposalType
  await rejectDealerTierProposalWorkflow(req.scope).run({
    input: { id: req.params.id, actor_id: req.auth_context.actor_id, note: note ?? null },
  })
  res.json({ tier_proposal: await proposalView(req.scope, req.params.id) })
}
