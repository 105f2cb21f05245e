import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateTierRule } from "../../../lib/performance/tier-rules"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import type { TierRuleDirection } from "../../../types/performance"

export type TierRuleShape = { from_tier_id: string; to_tier_id: string; direction: TierRuleDirection }

export const validateTierRulesStepId = "validate-dealer-tier-rules"

/**
 * Refuses rules whose tiers do not exist, are the same, or go the wrong way
 * for their direction (400). Writes nothing.
 *
 * @example
 * validateTierRulesStep([{ from_tier_id: "dtier_3", to_tier_id: "dtier_2", direction: "upgrade" }])
 */
export const validateTierRulesStep = createStep(
  validateTierRulesStepId,
  async (rules: TierRuleShape[], { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const ids = [...new Set(rules.flatMap((r) => [r.from_tier_id, r.to_tier_id]))]
    const tiers = ids.length ? await service.listDealerTiers({ id: ids }, { select: ["id", "rank"] }) : []
    for (const rule of rules) {
      const refusal = validateTierRule(rule, tiers.map((t) => ({ id: t.id, rank: t.rank })))
      if (refusal) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
      }
    }
    return new StepResponse(void 0)
  }
)
