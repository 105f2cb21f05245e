import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTierRulesStep, type TierRuleData } from "../steps/create-tier-rules"
import { validateTierRulesStep } from "../steps/validate-tier-rules"

export type CreateDealerTierRulesInput = { rules: TierRuleData[] }

export const createDealerTierRulesWorkflowId = "create-dealer-tier-rules"

/**
 * Creates dealer tier rules after checking their tiers and direction.
 *
 * @example
 * await createDealerTierRulesWorkflow(container).run({ input: { rules: [{ from_tier_id: "dtier_3", to_tier_id: "dtier_2", direction: "upgrade", window_months: 3, min_sales: "30000", currency_code: "cny", min_active_customers: 10 }] } })
 */
export const createDealerTierRulesWorkflow = createWorkflow(
  createDealerTierRulesWorkflowId,
  (input: CreateDealerTierRulesInput) => {
    validateTierRulesStep(input.rules)
    const rules = createTierRulesStep(input.rules)
    return new WorkflowResponse(rules)
  }
)
