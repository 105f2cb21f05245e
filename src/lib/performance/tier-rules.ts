import { periodRange, previousPeriod } from "../commission/period"
import { Money } from "../commission/decimal"
import type { TierRuleDirection } from "../../types/performance"

/** What a rule asks of a dealer (decimal strings in the rule's currency). */
export type TierRuleThresholds = {
  direction: TierRuleDirection
  min_sales: string
  min_active_customers: number
  min_downline_sales?: string | null
}

/** What was measured over the rule's window. */
export type MeasuredFigures = {
  /** Own net sales (net of refunds). */
  sales: string
  active_customers: number
  /** Net sales of the whole downline. */
  downline_sales: string
}

export type ThresholdCheck = {
  figure: "sales" | "active_customers" | "downline_sales"
  minimum: string
  measured: string
  met: boolean
}

/**
 * Each minimum of the rule against the measured figure. A figure exactly at
 * its minimum meets it (≥). A rule without a downline minimum has no such check.
 */
export function checkThresholds(rule: TierRuleThresholds, measured: MeasuredFigures): ThresholdCheck[] {
  const checks: ThresholdCheck[] = [
    {
      figure: "sales",
      minimum: rule.min_sales,
      measured: measured.sales,
      met: new Money(measured.sales).greaterThanOrEqualTo(rule.min_sales),
    },
    {
      figure: "active_customers",
      minimum: String(rule.min_active_customers),
      measured: String(measured.active_customers),
      met: measured.active_customers >= rule.min_active_customers,
    },
  ]
  if (rule.min_downline_sales != null && rule.min_downline_sales !== "") {
    checks.push({
      figure: "downline_sales",
      minimum: rule.min_downline_sales,
      measured: measured.downline_sales,
      met: new Money(measured.downline_sales).greaterThanOrEqualTo(rule.min_downline_sales),
    })
  }
  return checks
}

/** Every minimum met. */
export function meetsThresholds(rule: TierRuleThresholds, measured: MeasuredFigures): boolean {
  return checkThresholds(rule, measured).every((c) => c.met)
}

/**
 * Whether the rule proposes its tier change: an upgrade when every minimum is
 * met, a downgrade when at least one is missed (the minimums are what a
 * dealer must keep to stay in its tier).
 */
export function ruleFires(rule: TierRuleThresholds, measured: MeasuredFigures): boolean {
  const met = meetsThresholds(rule, measured)
  return rule.direction === "upgrade" ? met : !met
}

export type FiredRule = { rule_id: string; direction: TierRuleDirection; to_tier_id: string; to_tier_rank: number }

/**
 * One change per dealer when several rules fire: an upgrade beats a downgrade
 * (the dealer earned it); among upgrades the highest tier (lowest rank), among
 * downgrades the smallest drop (also the lowest rank); ties by rule id, so the
 * choice never depends on the order rules were read in.
 */
export function pickTierChange<T extends FiredRule>(fired: T[]): T | null {
  if (!fired.length) return null
  const upgrades = fired.filter((f) => f.direction === "upgrade")
  const pool = upgrades.length ? upgrades : fired
  return [...pool].sort((a, b) => a.to_tier_rank - b.to_tier_rank || (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : 0))[0]
}

/**
 * The window of a rule evaluated for month `periodKey` ("YYYY-MM"): the
 * `windowMonths` calendar months ending with it, [from, to) in the zone.
 */
export function evaluationWindow(
  periodKey: string,
  windowMonths: number,
  timeZone: string
): { from: Date; to: Date; first_month: string; last_month: string } {
  if (!Number.isInteger(windowMonths) || windowMonths < 1) {
    throw new RangeError(`window_months must be a positive whole number (got ${windowMonths})`)
  }
  let first = periodKey
  for (let i = 1; i < windowMonths; i++) first = previousPeriod(first)
  return {
    from: periodRange(first, timeZone).from,
    to: periodRange(periodKey, timeZone).to,
    first_month: first,
    last_month: periodKey,
  }
}

export type TierRef = { id: string; rank: number }

/**
 * Why a rule cannot be saved, or null: both tiers exist and differ, and the
 * direction matches the ranks (rank 1 is the top tier: an upgrade moves to a
 * smaller rank, a downgrade to a larger one).
 */
export function validateTierRule(
  rule: { from_tier_id: string; to_tier_id: string; direction: TierRuleDirection },
  tiers: TierRef[]
): string | null {
  const from = tiers.find((t) => t.id === rule.from_tier_id)
  const to = tiers.find((t) => t.id === rule.to_tier_id)
  if (!from) return `Dealer tier ${rule.from_tier_id} does not exist.`
  if (!to) return `Dealer tier ${rule.to_tier_id} does not exist.`
  if (from.id === to.id) return "A tier rule must move dealers to another tier."
  if (rule.direction === "upgrade" && !(to.rank < from.rank)) {
    return `An upgrade must move to a higher tier (a smaller rank): ${to.id} has rank ${to.rank}, ${from.id} has rank ${from.rank}.`
  }
  if (rule.direction === "downgrade" && !(to.rank > from.rank)) {
    return `A downgrade must move to a lower tier (a larger rank): ${to.id} has rank ${to.rank}, ${from.id} has rank ${from.rank}.`
  }
  return null
}
