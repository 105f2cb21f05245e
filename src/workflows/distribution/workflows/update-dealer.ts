import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { grantsTierPrices } from "../../../lib/network/dealer-status-transitions"
import { DealerHistoryAction } from "../../../types/dealer-history-action"
import { recordDealerHistoryStep } from "../steps/record-dealer-history"
import { retrieveDealerStep } from "../steps/retrieve-dealer"
import { retrieveDealerTierStep } from "../steps/retrieve-dealer-tier"
import { syncTierGroupMembershipStep } from "../steps/sync-tier-group-membership"
import { updateDealerStep } from "../steps/update-dealer"
import type { DealerProfileInput } from "./create-dealer"

export type UpdateDealerInput = {
  id: string
  update: Partial<DealerProfileInput> & { tier_id?: string }
  reason?: string | null
  actor_id?: string | null
}

export const updateDealerWorkflowId = "update-dealer"

/**
 * Updates a dealer's profile and contract. A tier change moves the dealer's
 * account from the old tier's customer group to the new one's and is recorded
 * in the dealer's history. The code and the place in the tree are not
 * changed here (codes are printed in referral links; moves have their own
 * workflow).
 *
 * @example
 * await updateDealerWorkflow(container).run({ input: { id: "dlr_1", update: { tier_id: "dtier_2" }, reason: "Q3 upgrade" } })
 */
export const updateDealerWorkflow = createWorkflow(
  updateDealerWorkflowId,
  (input: UpdateDealerInput) => {
    const current = retrieveDealerStep(transform(input, ({ id }) => ({ id })))

    const tierChange = transform({ input, current }, ({ input, current }) =>
      input.update.tier_id && input.update.tier_id !== current.tier_id
        ? { from: current.tier_id, to: input.update.tier_id }
        : null
    )

    when({ tierChange }, ({ tierChange }) => Boolean(tierChange)).then(() => {
      const newTier = retrieveDealerTierStep(transform({ tierChange }, ({ tierChange }) => ({ id: tierChange!.to })))
      recordDealerHistoryStep(
        transform({ input, tierChange }, ({ input, tierChange }) => [
          {
            dealer_id: input.id,
            action: DealerHistoryAction.TIER_CHANGED,
            from_value: tierChange!.from,
            to_value: tierChange!.to,
            reason: input.reason ?? null,
            actor_id: input.actor_id ?? null,
          },
        ])
      )
      syncTierGroupMembershipStep(
        transform({ current, newTier }, ({ current, newTier }) => ({
          customer_id: current.customer_id,
          leave_group_id: current.tier?.customer_group_id ?? null,
          join_group_id: grantsTierPrices(current.status) ? newTier.customer_group_id : null,
        }))
      )
    })

    const dealer = updateDealerStep(transform(input, ({ id, update }) => ({ id, ...update })))
    return new WorkflowResponse(dealer)
  }
)
