import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PerformanceModuleService from "../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../types/module-names"
import type { TierRuleDirection } from "../../../types/performance"

export type TierRuleData = {
  from_tier_id: string
  to_tier_id: string
  direction: TierRuleDirection
  window_months: number
  min_sales: string
  currency_code: string
  min_active_customers: number
  min_downline_sales?: string | null
  active?: boolean
  description?: string | null
}

export const createTierRulesStepId = "create-dealer-tier-rules"

/**
 * Creates dealer tier rules; the compensation deletes them.
 *
 * @example
 * createTierRulesStep([{ from_tier_id: "dtier_3", to_tier_id: "dtier_2", direction: "upgrade", window_months: 3, min_sales: "30000", currency_code: "cny", min_active_customers: 10 }])
 */
export const createTierRulesStep = createStep(
  createTierRulesStepId,
  async (rules: TierRuleData[], { container }) => {
    const service = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    const created = (await service.createDealerTierRules(
      rules.map((r) => ({ ...r, currency_code: r.currency_code.toLowerCase() })) as any
    )) as unknown as { id: string }[]
    return new StepResponse(created, created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).deleteDealerTierRules(ids)
  }
)
