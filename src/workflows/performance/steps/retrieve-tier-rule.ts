import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PerformanceModuleService from "../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../types/module-names"

export const retrieveTierRuleStepId = "retrieve-dealer-tier-rule"

/**
 * One tier rule (404 when it does not exist). Writes nothing.
 *
 * @example
 * const rule = retrieveTierRuleStep({ id: "dtrule_1" })
 */
export const retrieveTierRuleStep = createStep(
  retrieveTierRuleStepId,
  async (input: { id: string }, { container }) => {
    const rule = await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).retrieveDealerTierRule(input.id)
    return new StepResponse(rule)
  }
)
