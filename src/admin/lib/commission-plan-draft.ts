import Decimal from "decimal.js"

import { CommissionRule, CommissionRuleInput } from "../types/commission"

/** A rule of the plan being edited: what is saved, plus a key for React (the id once saved). */
export type DraftRule = CommissionRuleInput & { key: string }

/** The saved rule as the save route takes it back (keeping its id). */
export const toRuleInput = (rule: CommissionRule): CommissionRuleInput => ({
  id: rule.id,
  name: rule.name,
  scope_type: rule.scope_type,
  scope_id: rule.scope_id,
  tier_id: rule.tier_id,
  level: rule.level,
  type: rule.type,
  rate: rule.rate,
  amount: rule.amount,
  currency_code: rule.currency_code,
  volume_tiers: rule.volume_tiers,
  is_active: rule.is_active,
})

/** The saved plan as draft rows, in its order. */
export const toDraftRules = (rules: CommissionRule[]): DraftRule[] =>
  [...rules]
    .sort((a, b) => a.position - b.position)
    .map((rule) => ({ ...toRuleInput(rule), key: rule.id }))

/** A draft row as the API takes it: without the React key, with its id if it has one. */
export const toRulePayload = ({ key: _key, id, ...rule }: DraftRule): CommissionRuleInput =>
  id ? { id, ...rule } : rule

// "0.050" and "0.05" are the same rate: compare numbers, not spellings.
const sameDecimal = (a: string | null, b: string | null) => {
  if (a === null || b === null) {
    return a === b
  }
  try {
    return new Decimal(a).eq(b)
  } catch {
    return a === b
  }
}

const sameRule = (a: CommissionRuleInput, b: CommissionRuleInput) =>
  (a.id ?? null) === (b.id ?? null) &&
  (a.name || null) === (b.name || null) &&
  a.scope_type === b.scope_type &&
  (a.scope_id ?? null) === (b.scope_id ?? null) &&
  (a.tier_id ?? null) === (b.tier_id ?? null) &&
  a.level === b.level &&
  a.type === b.type &&
  sameDecimal(a.rate, b.rate) &&
  sameDecimal(a.amount, b.amount) &&
  (a.currency_code ?? null)?.toLowerCase() === (b.currency_code ?? null)?.toLowerCase() &&
  (a.volume_tiers ?? []).length === (b.volume_tiers ?? []).length &&
  (a.volume_tiers ?? []).every(
    (tier, index) =>
      sameDecimal(tier.from, b.volume_tiers![index].from) &&
      sameDecimal(tier.rate, b.volume_tiers![index].rate)
  ) &&
  a.is_active === b.is_active

/** Whether two plans are the same rules in the same order (so there is nothing to save). */
export const samePlan = (a: CommissionRuleInput[], b: CommissionRuleInput[]): boolean =>
  a.length === b.length && a.every((rule, index) => sameRule(rule, b[index]))

/** The list with the item at `from` moved to `to` (clamped); the same list when nothing moves. */
export const moveItem = <T>(items: T[], from: number, to: number): T[] => {
  const target = Math.max(0, Math.min(items.length - 1, to))
  if (from === target || from < 0 || from >= items.length) {
    return items
  }
  const next = [...items]
  const [item] = next.splice(from, 1)
  next.splice(target, 0, item)
  return next
}

/**
 * The 0-based rule a save error names, so its row can be marked: the API
 * words them `rules.2.rate: …` / `field 'rules, 2, rate'` (0-based paths) or
 * `Rule 3: …` (1-based, as the merchant counts).
 */
export const ruleIndexOfError = (message: string | null | undefined): number | null => {
  if (!message) {
    return null
  }
  const path = /\brules(?:\.|, |\[)(\d+)\b/.exec(message)
  if (path) {
    return Number(path[1])
  }
  const worded = /\bRule (\d+)\b/i.exec(message)
  if (worded && Number(worded[1]) >= 1) {
    return Number(worded[1]) - 1
  }
  return null
}
