import Decimal from "decimal.js"

/** A tier rule as evaluation reads it. Every condition that is set must hold. */
export type TierRuleInput = {
  id: string
  window_months: number
  /** Decimal string; with `currency_code`. Null: no spend condition. */
  min_spend: string | null
  currency_code: string | null
  /** Null: no order-count condition. */
  min_orders: number | null
}

export type TierInput = {
  id: string
  code: string
  /** Larger = higher tier. */
  rank: number
  rules: TierRuleInput[]
}

/** What a customer did within one window: orders counted and net spend per currency (decimal strings). */
export type WindowFigures = { orders: number; spend: Record<string, string> }

/** The customer's figures keyed by window length in months. */
export type CustomerFigures = Record<number, WindowFigures>

/** The rule that put the customer in its tier, with what was measured (kept on the change record). */
export type RuleSnapshot = {
  rule_id: string
  tier_id: string
  tier_code: string
  window_months: number
  min_spend: string | null
  currency_code: string | null
  min_orders: number | null
  measured_orders: number
  measured_spend: string | null
}

export type TierDecision = {
  tier_id: string | null
  rule: RuleSnapshot | null
  reason: string
}

const EMPTY: WindowFigures = { orders: 0, spend: {} }

function spendIn(figures: WindowFigures, currency: string | null): string {
  return currency ? figures.spend[currency.toLowerCase()] ?? "0" : "0"
}

/**
 * Whether a rule matches: exactly at a threshold qualifies (spend ≥ min_spend,
 * orders ≥ min_orders). A rule with neither condition never matches (the API
 * refuses to save one).
 */
export function ruleMatches(rule: TierRuleInput, figures: CustomerFigures): boolean {
  const hasSpend = rule.min_spend != null && !!rule.currency_code
  const hasOrders = rule.min_orders != null
  if (!hasSpend && !hasOrders) {
    return false
  }
  const window = figures[rule.window_months] ?? EMPTY
  if (hasSpend && new Decimal(spendIn(window, rule.currency_code)).lessThan(new Decimal(rule.min_spend!))) {
    return false
  }
  if (hasOrders && window.orders < rule.min_orders!) {
    return false
  }
  return true
}

/** A rule in words, with what was measured, for the change history. */
export function describeRule(rule: RuleSnapshot): string {
  const parts: string[] = []
  if (rule.min_spend != null && rule.currency_code) {
    parts.push(`net spend ${rule.measured_spend ?? "0"} ≥ ${rule.min_spend} ${rule.currency_code.toUpperCase()}`)
  }
  if (rule.min_orders != null) {
    parts.push(`orders ${rule.measured_orders} ≥ ${rule.min_orders}`)
  }
  return `${rule.tier_code}: ${parts.join(" and ")} in the last ${rule.window_months} month(s)`
}

/**
 * The tier a customer belongs in: the highest-ranked tier any of whose rules
 * matches (a tier's rules are alternatives), or none. Among a tier's matching
 * rules the first (in the given order) is the one recorded.
 */
export function decideCustomerTier(tiers: TierInput[], figures: CustomerFigures): TierDecision {
  const ordered = [...tiers].sort((a, b) => b.rank - a.rank)
  for (const tier of ordered) {
    const rule = tier.rules.find((r) => ruleMatches(r, figures))
    if (!rule) {
      continue
    }
    const window = figures[rule.window_months] ?? EMPTY
    const snapshot: RuleSnapshot = {
      rule_id: rule.id,
      tier_id: tier.id,
      tier_code: tier.code,
      window_months: rule.window_months,
      min_spend: rule.min_spend,
      currency_code: rule.currency_code,
      min_orders: rule.min_orders,
      measured_orders: window.orders,
      measured_spend: rule.currency_code ? spendIn(window, rule.currency_code) : null,
    }
    return { tier_id: tier.id, rule: snapshot, reason: describeRule(snapshot) }
  }
  return { tier_id: null, rule: null, reason: "No rule of any tier matches" }
}

/** Adds one order's figures (spend in its currency) to a customer's windows whose start it falls in. */
export function addOrderFigures(
  figures: CustomerFigures,
  order: { placed_at: Date; currency_code: string; net: string; counts: boolean },
  windowStarts: Record<number, Date>
): CustomerFigures {
  const next: CustomerFigures = { ...figures }
  for (const [months, start] of Object.entries(windowStarts)) {
    if (order.placed_at.getTime() < start.getTime()) {
      continue
    }
    const current = next[Number(months)] ?? EMPTY
    const currency = order.currency_code.toLowerCase()
    next[Number(months)] = {
      orders: current.orders + (order.counts ? 1 : 0),
      spend: {
        ...current.spend,
        [currency]: new Decimal(current.spend[currency] ?? "0").plus(order.net).toString(),
      },
    }
  }
  return next
}
