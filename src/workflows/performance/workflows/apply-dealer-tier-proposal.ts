import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDealerWorkflow } from "../../distribution/workflows/update-dealer"
import { moveTierProposalStep } from "../steps/move-tier-proposal"
import { validateTierProposalApplicableStep } from "../steps/validate-tier-proposal-applicable"

export type ApplyDealerTierProposalInput = {
  id: string
  /** "accepted" when an admin accepts it, "applied" when `auto_apply_tier_proposals` does. */
  status?: "accepted" | "applied"
  actor_id?: string | null
  note?: string | null
}

export const applyDealerTierProposalWorkflowId = "apply-dealer-tier-proposal"

/**
 * Accepts a tier proposal: marks it decided, then moves the dealer to the
 * proposed tier with the dealer update workflow (which moves its customer
 * group and records the change in the dealer's history). A dealer no longer
 * in the proposal's tier is refused (400); a failure puts the proposal back.
 *
 * @example
 * await applyDealerTierProposalWorkflow(container).run({ input: { id: "dtprop_1", actor_id: "user_1" } })
 */
export const applyDealerTierProposalWorkflow = createWorkflow(
  applyDealerTierProposalWorkflowId,
  (input: ApplyDealerTierProposalInput) => {
    const proposal = validateTierProposalApplicableStep(transform(input, ({ id }) => ({ id })))
    moveTierProposalStep(
      transform(input, (input) => ({
        id: input.id,
        to: input.status ?? ("accepted" as const),
        actor_id: input.actor_id ?? null,
        note: input.note ?? null,
      }))
    )
    const dealer = updateDealerWorkflow.runAsStep({
      input: transform({ input, proposal }, ({ input, proposal }) => ({
        id: proposal.dealer_id,
        update: { tier_id: proposal.to_tier_id },
        reason:
          `Tier ${proposal.direction} for ${proposal.period_key} (proposal ${proposal.id}` +
          `${proposal.rule_id ? `, rule ${proposal.rule_id}` : ""})` +
          `${input.note ? `: ${input.note}` : ""}`,
        actor_id: input.actor_id ?? null,
      })),
    })
    return new WorkflowResponse({ proposal_id: input.id, dealer })
  }
)
