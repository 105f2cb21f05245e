import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyDealerTierProposalWorkflow } from "../../../../../../../workflows/performance/workflows/apply-dealer-tier-proposal"
import type { AdminDecideTierProposalType } from "../../../validators"
import { proposalView } from "../../helpers"

/** Accepts a proposal: the dealer moves to the proposed tier (and its customer group); recorded in its history. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { note } = req.validatedBody as AdminDecideTierProposalType
  await applyDealerTierProposalWorkflow(req.scope).run({
    input: { id: req.params.id, status: "accepted", actor_id: req.auth_context.actor_id, note: note ?? null },
  })
  res.json({ tier_proposal: await proposalView(req.scope, req.params.id) })
}
