import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { batchProgress, nextBatchStatus } from "../../../lib/payout/batch-status"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"

export const refreshPayoutBatchStatusStepId = "refresh-payout-batch-status"

/** Sets each batch's status from its payouts (processing → completed / partially_failed, and back on a retry). */
export const refreshPayoutBatchStatusStep = createStep(
  refreshPayoutBatchStatusStepId,
  async (input: { batch_ids: string[] }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const ids = [...new Set(input.batch_ids)]
    const [batches, counts] = await Promise.all([
      payouts.listPayoutBatches({ id: ids }, { select: ["id", "status"] }),
      payouts.batchCounts(ids),
    ])
    const changed: string[] = []
    for (const batch of batches) {
      const c = counts.find((x) => x.batch_id === batch.id)!
      const next = nextBatchStatus(batch.status, batchProgress(c.counts, c.amount_succeeded))
      if (next !== batch.status) {
        await payouts.updatePayoutBatches({
          id: batch.id,
          status: next,
          completed_at: next === "completed" || next === "partially_failed" ? new Date() : null,
        })
        changed.push(batch.id)
      }
    }
    return new StepResponse(changed)
  }
)
