import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TierRuleData } from "../steps/create-tier-rules"
import { retrieveTierRuleStep } from "../steps/retrieve-tier-rule"
import { updateTierRuleStep } from "../steps/update-tier-rule"
import { validateTierRulesStep } from "../steps/validate-tier-rules"

export type UpdateDealerTierRuleInput = { id: string; update: Partial<TierRuleData> }

export const updateDealerTierRuleWorkflowId = "update-dealer-tier-rule"

/**
 * Updates a tier rule; the rule as it will be (current fields + update) is
 * checked first. Proposals already made keep their snapshot of the old rule.
 *
 * @example
 * await updateDealerTierRuleWorkflow(container).run({ input: { id: "dtrule_1", update: { min_sales: "35000" } } })
 */
export const updateDealerTierRuleWorkflow = createWorkflow(
  updateDealerTierRuleWorkflowId,
  (input: UpdateDealerTierRuleInput) => {
    const current = retrieveTierRuleStep(transform(input, ({ id }) => ({ id })))
    const merged = transform({ input, current }, ({ input, current }) => [
      {
        from_tier_id: input.update.from_tier_id ?? (current as any).from_tier_id,
        to_tier_id: input.update.to_tier_id ?? (current as any).to_tier_id,
        direction: input.update.direction ?? (current as any).direction,
      },
    ])
    validateTierRulesStep(merged)
    const rule = updateTierRuleStep(transform(input, ({ id, update }) => ({ id, ...update })))
    return new WorkflowResponse(rule)
  }
)
