import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import type { PayoutBatchStatus } from "../../../types/payout"

export type MovePayoutBatchInput = {
  batch_id: string
  from: PayoutBatchStatus[]
  to: PayoutBatchStatus
  actor_id?: string | null
}

export const movePayoutBatchStepId = "move-payout-batch"

/**
 * Moves a batch from one of `from` to `to` (approve, cancel), recording who
 * and when; a 400 naming its status when it is elsewhere. Compensation
 * puts the status back.
 */
export const movePayoutBatchStep = createStep(
  movePayoutBatchStepId,
  async (input: MovePayoutBatchInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [batch] = await payouts.listPayoutBatches({ id: input.batch_id })
    if (!batch) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch with id: ${input.batch_id} was not found`)
    }
    if (!input.from.includes(batch.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This batch is ${batch.status}; it can be ${input.to === "approved" ? "approved" : input.to} only when ${input.from.join(" or ")}.`
      )
    }
    const now = new Date()
    await payouts.updatePayoutBatches({
      id: batch.id,
      status: input.to,
      ...(input.to === "approved" ? { approved_by: input.actor_id ?? null, approved_at: now } : {}),
      ...(input.to === "canceled" ? { canceled_by: input.actor_id ?? null, canceled_at: now } : {}),
    })
    return new StepResponse({ id: batch.id, from: batch.status }, { id: batch.id, status: batch.status })
  },
  async (previous, { container }) => {
    if (previous) {
      await container
        .resolve<PayoutModuleService>(PAYOUT_MODULE)
        .updatePayoutBatches({ id: previous.id, status: previous.status, approved_by: null, approved_at: null, canceled_by: null, canceled_at: null })
    }
  }
)
