import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PerformanceModuleService from "../../../modules/performance/service"
import type { NewTierProposal } from "../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../types/module-names"

export const createTierProposalsStepId = "create-dealer-tier-proposals"

/**
 * Writes proposals once per dealer and month: a dealer that already has one
 * for the month (from an earlier or a concurrent run) gets nothing new.
 * Returns the ids written; the compensation deletes exactly those.
 *
 * @example
 * const ids = createTierProposalsStep(proposals)
 */
export const createTierProposalsStep = createStep(
  createTierProposalsStepId,
  async (proposals: NewTierProposal[], { container }) => {
    const ids = await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).createProposalsOnce(proposals)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).deleteDealerTierProposals(ids)
  }
)
