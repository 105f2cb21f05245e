import type { MedusaContainer } from "@medusajs/framework/types"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

/** How rules and proposals are shown: decimals as strings, tiers and dealers named. */

export type TierRef = { id: string; code: string; name_en: string; name_zh: string; rank: number }

const decimal = (row: any, field: string): string | null => {
  const value = row[`raw_${field}`]?.value ?? row[field]
  return value == null ? null : String(value)
}

async function tiersById(container: MedusaContainer, ids: string[]): Promise<Map<string, TierRef>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const tiers = await container
    .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    .listDealerTiers({ id: unique }, { select: ["id", "code", "name_en", "name_zh", "rank"], withDeleted: true } as any)
  return new Map(tiers.map((t) => [t.id, { id: t.id, code: t.code, name_en: t.name_en, name_zh: t.name_zh, rank: t.rank }]))
}

export async function tierRuleViews(container: MedusaContainer, rules: any[]) {
  const tiers = await tiersById(container, rules.flatMap((r) => [r.from_tier_id, r.to_tier_id]))
  return rules.map((r) => ({
    id: r.id,
    from_tier_id: r.from_tier_id,
    to_tier_id: r.to_tier_id,
    from_tier: tiers.get(r.from_tier_id) ?? null,
    to_tier: tiers.get(r.to_tier_id) ?? null,
    direction: r.direction,
    window_months: r.window_months,
    min_sales: decimal(r, "min_sales"),
    currency_code: r.currency_code,
    min_active_customers: r.min_active_customers,
    min_downline_sales: decimal(r, "min_downline_sales"),
    active: r.active,
    description: r.description ?? null,
    created_at: r.created_at,
    updated_at: r.updated_at,
  }))
}

export async function tierProposalViews(container: MedusaContainer, proposals: any[]) {
  const tiers = await tiersById(container, proposals.flatMap((p) => [p.from_tier_id, p.to_tier_id]))
  const dealerIds = [...new Set(proposals.map((p) => p.dealer_id))]
  const dealers = dealerIds.length
    ? await container
        .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
        .listDealers({ id: dealerIds }, { select: ["id", "code", "display_name", "tier_id", "status"] })
    : []
  const dealerById = new Map(dealers.map((d: any) => [d.id, d]))
  return proposals.map((p) => {
    const d = dealerById.get(p.dealer_id)
    return {
      id: p.id,
      dealer_id: p.dealer_id,
      dealer: d ? { id: d.id, code: d.code, display_name: d.display_name, tier_id: d.tier_id, status: d.status } : null,
      from_tier_id: p.from_tier_id,
      to_tier_id: p.to_tier_id,
      from_tier: tiers.get(p.from_tier_id) ?? null,
      to_tier: tiers.get(p.to_tier_id) ?? null,
      rule_id: p.rule_id,
      direction: p.direction,
      rule_snapshot: p.rule_snapshot,
      measured: p.measured,
      period_key: p.period_key,
      status: p.status,
      decided_by: p.decided_by,
      decided_at: p.decided_at,
      note: p.note,
      created_at: p.created_at,
    }
  })
}
