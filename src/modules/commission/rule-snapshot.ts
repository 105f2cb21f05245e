import type { SplitRule } from "../../lib/commission/compute-split"

/**
 * A saved rule as the split reads it: exact decimal strings from the
 * bigNumber columns' raw values (the numeric ones are JS numbers).
 */
export function toSplitRule(rule: any): SplitRule {
  const exact = (field: string) => rule[`raw_${field}`]?.value ?? (rule[field] === null || rule[field] === undefined ? null : String(rule[field]))
  return {
    id: rule.id ?? null,
    position: rule.position,
    scope_type: rule.scope_type,
    scope_id: rule.scope_id ?? null,
    tier_id: rule.tier_id ?? null,
    level: rule.level,
    type: rule.type,
    rate: exact("rate"),
    amount: exact("amount"),
    currency_code: rule.currency_code ?? null,
    volume_tiers: rule.volume_tiers ?? null,
    is_active: rule.is_active ?? true,
  }
}
