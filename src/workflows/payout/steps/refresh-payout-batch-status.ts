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
    const changed: string[] = []
    for (const id of new Set(input.batch_ids)) {
      // The status first, then the counts (never older than the status), and the
      // move only from the status read: if another outcome of the same batch
      // moved it meanwhile, read again, so a stale count never wins.
      for (let attempt = 0; attempt < 3; attempt++) {
        const [batch] = await payouts.listPayoutBatches({ id }, { select: ["id", "status"] })
        const [counts] = await payouts.batchCounts([id])
        const next = nextBatchStatus(batch.status, batchProgress(counts.counts, counts.amount_succeeded))
        if (next === batch.status || (await payouts.moveBatchStatus(id, batch.status, next))) {
          if (next !== batch.status) changed.push(id)
          break
        }
      }
    }
    return new StepResponse(changed)
  }
)
