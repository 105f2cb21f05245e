import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import Decimal from "decimal.js"
import { customerTierService } from "../../../../workflows/customer-tier/utils/customer-tier-service"

type Scope = Pick<MedusaContainer, "resolve">

export type CustomerTierRuleView = {
  id: string
  window_months: number
  min_spend: string | null
  currency_code: string | null
  min_orders: number | null
}

export type CustomerTierView = {
  id: string
  code: string
  name_en: string
  name_zh: string
  rank: number
  description: string | null
  customer_group_id: string | null
  metadata: Record<string, unknown> | null
  rules: CustomerTierRuleView[]
  /** Customers in the tier's customer group now. */
  customer_count: number
  created_at: Date
  updated_at: Date
}

export type TierRef = { id: string; code: string; name_en: string; name_zh: string; rank: number; deleted: boolean }

function ruleView(rule: any): CustomerTierRuleView {
  const raw = rule.raw_min_spend?.value
  return {
    id: rule.id,
    window_months: rule.window_months,
    min_spend: raw != null ? new Decimal(raw).toString() : rule.min_spend == null ? null : new Decimal(String(rule.min_spend)).toString(),
    currency_code: rule.currency_code ?? null,
    min_orders: rule.min_orders ?? null,
  }
}

/** Members of each customer group, in one aggregate. */
async function groupCounts(scope: Scope, groupIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (!groupIds.length) return counts
  const pg = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `SELECT customer_group_id, COUNT(*)::int AS n FROM customer_group_customer
      WHERE customer_group_id = ANY(?::text[]) AND deleted_at IS NULL GROUP BY customer_group_id`,
    [groupIds]
  )
  for (const r of rows as { customer_group_id: string; n: number }[]) counts.set(r.customer_group_id, Number(r.n))
  return counts
}

/** Every tier, highest rank first, with its rules (in their order) and head count. */
export async function listCustomerTierViews(scope: Scope, filters: Record<string, unknown> = {}): Promise<CustomerTierView[]> {
  const tiers = await customerTierService(scope).listCustomerTiers(filters, { relations: ["rules"], order: { rank: "DESC" } })
  const counts = await groupCounts(scope, tiers.map((t) => t.customer_group_id).filter(Boolean) as string[])
  return tiers.map((t: any) => ({
    id: t.id,
    code: t.code,
    name_en: t.name_en,
    name_zh: t.name_zh,
    rank: t.rank,
    description: t.description ?? null,
    customer_group_id: t.customer_group_id ?? null,
    metadata: t.metadata ?? null,
    rules: [...(t.rules ?? [])]
      .filter((r: any) => !r.deleted_at)
      .sort((a: any, b: any) => a.position - b.position || a.id.localeCompare(b.id))
      .map(ruleView),
    customer_count: t.customer_group_id ? counts.get(t.customer_group_id) ?? 0 : 0,
    created_at: t.created_at,
    updated_at: t.updated_at,
  }))
}

/** One tier as the API returns it; 404 when it does not exist. */
export async function customerTierView(scope: Scope, id: string): Promise<CustomerTierView> {
  const [tier] = await listCustomerTierViews(scope, { id })
  if (!tier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer tier with id: ${id} was not found`)
  }
  return tier
}

/** Tiers by id, deleted ones included (the history keeps pointing at them). */
export async function tierRefs(scope: Scope, ids: (string | null | undefined)[]): Promise<Map<string, TierRef>> {
  const unique = [...new Set(ids.filter(Boolean) as string[])]
  const out = new Map<string, TierRef>()
  if (!unique.length) return out
  const tiers = await customerTierService(scope).listCustomerTiers(
    { id: unique },
    { select: ["id", "code", "name_en", "name_zh", "rank", "deleted_at"], withDeleted: true }
  )
  for (const t of tiers) {
    out.set(t.id, { id: t.id, code: t.code, name_en: t.name_en, name_zh: t.name_zh, rank: t.rank, deleted: !!t.deleted_at })
  }
  return out
}

export type CustomerTierChangeView = {
  id: string
  customer_id: string
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
  from_tier: TierRef | null
  to_tier: TierRef | null
  reason: string
  rule: Record<string, unknown> | null
  source: string
  order_id: string | null
  actor_id: string | null
  created_at: Date
}

/** Changes with their tiers and customers resolved (two reads for the whole page). */
export async function changeViews(scope: Scope, changes: any[]): Promise<CustomerTierChangeView[]> {
  const tiers = await tierRefs(scope, changes.flatMap((c) => [c.from_tier_id, c.to_tier_id]))
  const customerIds = [...new Set(changes.map((c) => c.customer_id))]
  const customers = new Map<string, any>()
  if (customerIds.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: customerIds },
    })
    for (const c of data) customers.set(c.id, c)
  }
  return changes.map((c) => ({
    id: c.id,
    customer_id: c.customer_id,
    customer: customers.get(c.customer_id) ?? null,
    from_tier: c.from_tier_id ? tiers.get(c.from_tier_id) ?? null : null,
    to_tier: c.to_tier_id ? tiers.get(c.to_tier_id) ?? null : null,
    reason: c.reason,
    rule: c.rule ?? null,
    source: c.source,
    order_id: c.order_id ?? null,
    actor_id: c.actor_id ?? null,
    created_at: c.created_at,
  }))
}
