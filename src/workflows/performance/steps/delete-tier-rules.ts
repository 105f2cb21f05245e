import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PerformanceModuleService from "../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../types/module-names"

export const deleteTierRulesStepId = "delete-dealer-tier-rules"

/**
 * Soft-deletes tier rules (proposals keep their snapshot of the rule); the
 * compensation restores them.
 *
 * @example
 * deleteTierRulesStep(["dtrule_1"])
 */
export const deleteTierRulesStep = createStep(
  deleteTierRulesStepId,
  async (ids: string[], { container }) => {
    await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).softDeleteDealerTierRules(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).restoreDealerTierRules(ids)
  }
)
