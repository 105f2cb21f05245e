import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PlanRuleInput, validatePlan } from "../../../lib/commission/validate-plan"
import type CommissionModuleService from "../../../modules/commission/service"
import type DistributionModuleService from "../../../modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../../types/module-names"

const SCOPE_ENTITIES = { product: "product", collection: "product_collection", category: "product_category" } as const

export const validateCommissionPlanStepId = "validate-commission-plan"

/**
 * Refuses a plan that breaks the rules of `validatePlan`, or names a tier,
 * product, collection or category that does not exist — with one message
 * listing every problem, each naming its rule.
 *
 * @example
 * validateCommissionPlanStep({ rules })
 */
export const validateCommissionPlanStep = createStep(
  validateCommissionPlanStepId,
  async (input: { rules: PlanRuleInput[] }, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const errors = validatePlan(input.rules, { max_levels: commission.getOptions().max_levels })

    const tierIds = [...new Set(input.rules.map((r) => r.tier_id).filter(Boolean) as string[])]
    if (tierIds.length) {
      const tiers = await container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).listDealerTiers({ id: tierIds })
      const found = new Set(tiers.map((t) => t.id))
      input.rules.forEach((r, i) => {
        if (r.tier_id && !found.has(r.tier_id)) errors.push(`Rule ${i + 1}: tier ${r.tier_id} does not exist.`)
      })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (const [scope, entity] of Object.entries(SCOPE_ENTITIES)) {
      const ids = [...new Set(input.rules.filter((r) => r.scope_type === scope && r.scope_id).map((r) => r.scope_id!))]
      if (!ids.length) continue
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
      const found = new Set(data.map((d: any) => d.id))
      input.rules.forEach((r, i) => {
        if (r.scope_type === scope && r.scope_id && !found.has(r.scope_id)) {
          errors.push(`Rule ${i + 1}: ${scope} ${r.scope_id} does not exist.`)
        }
      })
    }

    if (errors.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join(" "))
    }
    return new StepResponse(undefined)
  }
)
