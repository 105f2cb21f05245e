import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { grantsTierPrices } from "../../../lib/network/dealer-status-transitions"
import { DealerHistoryAction } from "../../../types/dealer-history-action"
import type { DealerStatus } from "../../../types/dealer-status"
import { recordDealerHistoryStep } from "../steps/record-dealer-history"
import { retrieveDealerStep } from "../steps/retrieve-dealer"
import { syncTierGroupMembershipStep } from "../steps/sync-tier-group-membership"
import { updateDealerStep } from "../steps/update-dealer"
import { validateDealerStatusTransitionStep } from "../steps/validate-dealer-status-transition"

export type ChangeDealerStatusInput = {
  id: string
  status: DealerStatus
  reason?: string | null
  actor_id?: string | null
}

export const changeDealerStatusWorkflowId = "change-dealer-status"

/**
 * Suspends, reactivates or terminates a dealer. The dealer keeps its place in
 * the tree and its history; tier prices (the tier's customer group) follow
 * the status: only active dealers have them.
 *
 * @example
 * await changeDealerStatusWorkflow(container).run({ input: { id: "dlr_1", status: "suspended", reason: "Contract review" } })
 */
export const changeDealerStatusWorkflow = createWorkflow(
  changeDealerStatusWorkflowId,
  (input: ChangeDealerStatusInput) => {
    const current = retrieveDealerStep(transform(input, ({ id }) => ({ id })))
    validateDealerStatusTransitionStep(
      transform({ input, current }, ({ input, current }) => ({ from: current.status, to: input.status }))
    )
    const dealer = updateDealerStep(transform(input, ({ id, status }) => ({ id, status })))
    recordDealerHistoryStep(
      transform({ input, current }, ({ input, current }) => [
        {
          dealer_id: input.id,
          action: DealerHistoryAction.STATUS_CHANGED,
          from_value: current.status,
          to_value: input.status,
          reason: input.reason ?? null,
          actor_id: input.actor_id ?? null,
        },
      ])
    )
    syncTierGroupMembershipStep(
      transform({ input, current }, ({ input, current }) => {
        const groupId = current.tier?.customer_group_id ?? null
        const had = grantsTierPrices(current.status)
        const has = grantsTierPrices(input.status)
        return {
          customer_id: current.customer_id,
          leave_group_id: had && !has ? groupId : null,
          join_group_id: has && !had ? groupId : null,
        }
      })
    )
    return new WorkflowResponse(dealer)
  }
)
