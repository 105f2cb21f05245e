import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type PerformanceModuleService from "../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../types/module-names"
import { applyDealerTierProposalWorkflow } from "../workflows/apply-dealer-tier-proposal"
import { evaluateDealerTiersWorkflow } from "../workflows/evaluate-dealer-tiers"

export type TierEvaluationResult = {
  period_key: string
  proposed: string[]
  applied: string[]
  failed: { id: string; message: string }[]
}

/**
 * Evaluates the month and, with `auto_apply_tier_proposals`, applies each new
 * proposal in its own workflow (one dealer's failure — say it was moved by
 * hand meanwhile — leaves its proposal proposed and the others applied).
 */
export async function runTierEvaluation(container: MedusaContainer, periodKey: string): Promise<TierEvaluationResult> {
  const { result: proposed } = await evaluateDealerTiersWorkflow(container).run({ input: { period_key: periodKey } })
  const result: TierEvaluationResult = { period_key: periodKey, proposed, applied: [], failed: [] }
  const autoApply = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).getOptions().auto_apply_tier_proposals
  if (!autoApply) return result
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const id of proposed) {
    try {
      await applyDealerTierProposalWorkflow(container).run({ input: { id, status: "applied", actor_id: null } })
      result.applied.push(id)
    } catch (e) {
      const message = (e as Error).message
      logger.warn(`medusa-plugin-distribution: tier proposal ${id} was not applied: ${message}`)
      result.failed.push({ id, message })
    }
  }
  return result
}
