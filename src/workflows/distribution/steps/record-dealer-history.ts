import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import type { DealerHistoryAction } from "../../../types/dealer-history-action"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type DealerHistoryData = {
  dealer_id: string
  action: DealerHistoryAction
  from_value?: string | null
  to_value?: string | null
  reason?: string | null
  actor_id?: string | null
  metadata?: Record<string, unknown> | null
}

export const recordDealerHistoryStepId = "record-dealer-history"

/**
 * Appends entries to dealers' history. History is append-only; only a
 * rolled-back workflow removes the entries it wrote itself.
 *
 * @example
 * recordDealerHistoryStep([{ dealer_id: "dlr_1", action: "moved", from_value: null, to_value: "dlr_2", reason: "Region change" }])
 */
export const recordDealerHistoryStep = createStep(
  recordDealerHistoryStepId,
  async (entries: DealerHistoryData[], { container }) => {
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const created = await service.createDealerHistoryEntries(entries)
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteDealerHistoryEntries(ids)
  }
)
