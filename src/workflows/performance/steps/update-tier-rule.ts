import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PerformanceModuleService from "../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../types/module-names"
import type { TierRuleData } from "./create-tier-rules"

export type UpdateTierRuleData = { id: string } & Partial<TierRuleData>

const FIELDS = [
  "from_tier_id",
  "to_tier_id",
  "direction",
  "window_months",
  "min_sales",
  "currency_code",
  "min_active_customers",
  "min_downline_sales",
  "active",
  "description",
] as const

export const updateTierRuleStepId = "update-dealer-tier-rule"

/**
 * Updates one tier rule; the compensation writes its previous fields back.
 *
 * @example
 * updateTierRuleStep({ id: "dtrule_1", min_sales: "35000" })
 */
export const updateTierRuleStep = createStep(
  updateTierRuleStepId,
  async (input: UpdateTierRuleData, { container }) => {
    const service = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    const before = (await service.retrieveDealerTierRule(input.id)) as any
    const previous: Record<string, unknown> = { id: input.id }
    for (const field of FIELDS) {
      previous[field] = field === "min_sales" || field === "min_downline_sales"
        ? before[`raw_${field}`]?.value ?? before[field]
        : before[field]
    }
    const update = { ...input, ...(input.currency_code ? { currency_code: input.currency_code.toLowerCase() } : {}) }
    const updated = await service.updateDealerTierRules(update as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).updateDealerTierRules(previous as any)
  }
)
