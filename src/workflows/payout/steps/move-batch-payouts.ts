import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import type { PayoutStatus } from "../../../types/payout"

export type MoveBatchPayoutsInput = {
  batch_id: string
  /** Only these payouts; all of the batch in `from` otherwise. */
  payout_ids?: string[]
  from: PayoutStatus[]
  to: PayoutStatus
  event: string
  actor_id?: string | null
}

export const moveBatchPayoutsStepId = "move-batch-payouts"

/**
 * Moves a batch's payouts that are still in `from` (approve: draft →
 * queued; cancel: draft/queued → canceled) and records it on each. A payout
 * already sent is not in `from` and stays as it is.
 */
export const moveBatchPayoutsStep = createStep(
  moveBatchPayoutsStepId,
  async (input: MoveBatchPayoutsInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const ids =
      input.payout_ids ??
      (await payouts.listPayouts({ batch_id: input.batch_id, status: input.from }, { select: ["id"] })).map((p) => p.id)
    const moved = await payouts.movePayouts(ids, input.from, input.to, input.to === "canceled" ? { completed_at: new Date() } : {})
    if (input.to === "queued" && !moved.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This batch has no payouts left to approve; cancel it instead.")
    }
    await payouts.recordEvents(moved.map((id) => ({ payout_id: id, kind: input.event, actor_id: input.actor_id ?? null })))
    return new StepResponse(moved, { moved, from: input.from, to: input.to })
  },
  async (undo, { container }) => {
    // Only a move out of draft can be undone: canceled is terminal, by design.
    if (undo?.moved.length && undo.to !== "canceled") {
      await container.resolve<PayoutModuleService>(PAYOUT_MODULE).movePayouts(undo.moved, [undo.to], undo.from[0])
    }
  }
)
