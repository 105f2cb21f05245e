import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PlanRuleInput } from "../../../lib/commission/validate-plan"
import { replaceCommissionPlanStep } from "../steps/replace-commission-plan"
import { validateCommissionPlanStep } from "../steps/validate-commission-plan"

export const saveCommissionPlanWorkflowId = "save-commission-plan"

/**
 * Validates and saves the merchant's commission plan as a whole. Orders
 * already split keep the plan they were split with.
 *
 * @example
 * await saveCommissionPlanWorkflow(container).run({ input: { rules } })
 */
export const saveCommissionPlanWorkflow = createWorkflow(
  saveCommissionPlanWorkflowId,
  (input: { rules: PlanRuleInput[] }) => {
    validateCommissionPlanStep(input)
    replaceCommissionPlanStep(input)
    return new WorkflowResponse(undefined)
  }
)
