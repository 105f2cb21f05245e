import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type CommissionModuleService from "../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../types/module-names"
import type { PlanRuleInput } from "../../../lib/commission/validate-plan"

export const replaceCommissionPlanStepId = "replace-commission-plan"

/**
 * Replaces the plan's rules (array order = position); compensation puts the
 * previous plan back exactly.
 *
 * @example
 * replaceCommissionPlanStep({ rules: [{ scope_type: "all", level: 1, type: "percentage", rate: "0.05", ... }] })
 */
export const replaceCommissionPlanStep = createStep(
  replaceCommissionPlanStepId,
  async (input: { rules: PlanRuleInput[] }, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const undo = await commission.replacePlan(input.rules as any)
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container.resolve<CommissionModuleService>(COMMISSION_MODULE).restorePlan(undo)
  }
)
