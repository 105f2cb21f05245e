import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkThresholds, evaluationWindow, pickTierChange, ruleFires } from "../../../lib/performance/tier-rules"
import { measureDealers } from "../../../lib/performance/sql/dealer-figures"
import type DistributionModuleService from "../../../modules/distribution/service"
import type PerformanceModuleService from "../../../modules/performance/service"
import type { NewTierProposal } from "../../../modules/performance/service"
import { DealerStatus } from "../../../types/dealer-status"
import { DISTRIBUTION_MODULE, PERFORMANCE_MODULE } from "../../../types/module-names"
import type { TierRuleDirection } from "../../../types/performance"

export type LoadTierEvaluationInput = {
  /** The month evaluated, "YYYY-MM": each rule's window ends with it. */
  period_key: string
}

const decimal = (rule: any, field: string): string | null => {
  const raw = rule[`raw_${field}`]
  const value = raw?.value ?? rule[field]
  return value == null ? null : String(value)
}

export const loadTierEvaluationStepId = "load-dealer-tier-evaluation"

/**
 * Measures every active dealer against the active rules of its tier and
 * decides at most one tier change per dealer. Reads only: one measuring
 * statement per distinct (currency, window) among the rules, never a query
 * per dealer. Returns the proposals to write.
 *
 * @example
 * const proposals = loadTierEvaluationStep({ period_key: "2026-11" })
 */
export const loadTierEvaluationStep = createStep(
  loadTierEvaluationStepId,
  async (input: LoadTierEvaluationInput, { container }) => {
    const performance = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const timezone = distribution.getOptions().timezone

    const rules = (await performance.listDealerTierRules({ active: true })) as any[]
    if (!rules.length) {
      return new StepResponse([] as NewTierProposal[])
    }
    const tierIds = [...new Set(rules.flatMap((r) => [r.from_tier_id, r.to_tier_id]))]
    const tiers = await distribution.listDealerTiers({ id: tierIds }, { select: ["id", "rank"] })
    const rankOf = new Map(tiers.map((t) => [t.id, t.rank]))
    const dealers = await distribution.listDealers(
      { tier_id: [...new Set(rules.map((r) => r.from_tier_id))], status: DealerStatus.ACTIVE } as any,
      { select: ["id", "tier_id"] }
    )
    const dealersOfTier = new Map<string, string[]>()
    for (const d of dealers as any[]) {
      dealersOfTier.set(d.tier_id, [...(dealersOfTier.get(d.tier_id) ?? []), d.id])
    }

    type Fired = {
      rule_id: string
      direction: TierRuleDirection
      to_tier_id: string
      to_tier_rank: number
      proposal: NewTierProposal
    }
    const firedByDealer = new Map<string, Fired[]>()
    // Rules sharing a currency and a window share one measurement.
    const groups = new Map<string, any[]>()
    for (const rule of rules) {
      if (!rankOf.has(rule.to_tier_id) || !rankOf.has(rule.from_tier_id)) continue // a tier was deleted
      const key = `${rule.currency_code}|${rule.window_months}`
      groups.set(key, [...(groups.get(key) ?? []), rule])
    }
    for (const group of groups.values()) {
      const { currency_code, window_months } = group[0]
      const window = evaluationWindow(input.period_key, window_months, timezone)
      const ids = [...new Set(group.flatMap((r) => dealersOfTier.get(r.from_tier_id) ?? []))]
      const measured = await measureDealers(pg, ids, window, currency_code)
      for (const rule of group) {
        const thresholds = {
          direction: rule.direction as TierRuleDirection,
          min_sales: decimal(rule, "min_sales") ?? "0",
          min_active_customers: rule.min_active_customers,
          min_downline_sales: decimal(rule, "min_downline_sales"),
        }
        for (const dealerId of dealersOfTier.get(rule.from_tier_id) ?? []) {
          const figures = measured.get(dealerId) ?? { sales: "0", active_customers: 0, downline_sales: "0" }
          if (!ruleFires(thresholds, figures)) continue
          const fired: Fired = {
            rule_id: rule.id,
            direction: rule.direction,
            to_tier_id: rule.to_tier_id,
            to_tier_rank: rankOf.get(rule.to_tier_id)!,
            proposal: {
              dealer_id: dealerId,
              from_tier_id: rule.from_tier_id,
              to_tier_id: rule.to_tier_id,
              rule_id: rule.id,
              direction: rule.direction,
              period_key: input.period_key,
              rule_snapshot: {
                id: rule.id,
                from_tier_id: rule.from_tier_id,
                to_tier_id: rule.to_tier_id,
                direction: rule.direction,
                window_months,
                currency_code,
                min_sales: thresholds.min_sales,
                min_active_customers: thresholds.min_active_customers,
                min_downline_sales: thresholds.min_downline_sales,
                description: rule.description ?? null,
              },
              measured: {
                currency_code,
                window: {
                  from: window.from.toISOString(),
                  to: window.to.toISOString(),
                  first_month: window.first_month,
                  last_month: window.last_month,
                },
                sales: figures.sales,
                active_customers: figures.active_customers,
                downline_sales: figures.downline_sales,
                checks: checkThresholds(thresholds, figures),
              },
            },
          }
          firedByDealer.set(dealerId, [...(firedByDealer.get(dealerId) ?? []), fired])
        }
      }
    }
    const proposals = [...firedByDealer.values()]
      .map((fired) => pickTierChange(fired)?.proposal)
      .filter(Boolean) as NewTierProposal[]
    proposals.sort((a, b) => (a.dealer_id < b.dealer_id ? -1 : 1))
    return new StepResponse(proposals)
  }
)
