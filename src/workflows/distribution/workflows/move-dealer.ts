import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DealerHistoryAction } from "../../../types/dealer-history-action"
import { moveDealerStep } from "../steps/move-dealer"
import { recordDealerHistoryStep } from "../steps/record-dealer-history"

export type MoveDealerInput = {
  id: string
  /** The new upline dealer, or null to place the dealer directly under the producer. */
  parent_id: string | null
  reason?: string | null
  actor_id?: string | null
}

export const moveDealerWorkflowId = "move-dealer"

/**
 * Moves a dealer, with its whole downline, under another upline — atomically,
 * refusing cycles and depth overflow — and records the move in its history.
 *
 * @example
 * await moveDealerWorkflow(container).run({ input: { id: "dlr_2", parent_id: "dlr_9", reason: "Territory change", actor_id: "user_1" } })
 */
export const moveDealerWorkflow = createWorkflow(moveDealerWorkflowId, (input: MoveDealerInput) => {
  const moved = moveDealerStep(
    transform(input, ({ id, parent_id }) => ({ id, parent_id }))
  )
  recordDealerHistoryStep(
    transform({ input, moved }, ({ input, moved }) => [
      {
        dealer_id: moved.dealer_id,
        action: DealerHistoryAction.MOVED,
        from_value: moved.from_parent_id,
        to_value: moved.to_parent_id,
        reason: input.reason ?? null,
        actor_id: input.actor_id ?? null,
        metadata: { moved_count: moved.moved_count },
      },
    ])
  )
  return new WorkflowResponse(moved)
})
