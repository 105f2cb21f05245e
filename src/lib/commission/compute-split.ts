import Decimal from "decimal.js"
import type { CommissionRuleScope, CommissionRuleType } from "../../types/commission"
import { currencyPrecision } from "./currency-precision"
import { formatAmount, formatRate, Money } from "./decimal"

export type VolumeTier = { from: string; rate: string }

/** A rule of the plan as the split reads it (the saved row, or an unsaved one in a preview). */
export type SplitRule = {
  id: string | null
  position: number
  scope_type: CommissionRuleScope
  scope_id: string | null
  tier_id: string | null
  level: number
  type: CommissionRuleType
  rate: string | null
  amount: string | null
  currency_code: string | null
  volume_tiers: VolumeTier[] | null
  is_active: boolean
}

export type SplitLineInput = {
  line_id: string
  title: string | null
  product_id: string | null
  collection_id: string | null
  category_ids: string[]
  quantity: number
  /** The line's commission base (see the `commission_base` option). */
  base: string
}

/** A dealer of the chain frozen with the order; level 1 sold. */
export type SplitChainMember = {
  dealer_id: string
  code: string
  tier_id: string | null
  status: string
  level: number
}

export type SplitSettings = {
  max_levels: number
  /** Fraction of a line's base that all levels together may earn. */
  max_total_rate: string | number
  compress_inactive: boolean
}

/** The split settings from the plugin's options (the cap as an exact string). */
export function splitSettingsOf(options: {
  max_levels: number
  max_total_rate: number
  compress_inactive: boolean
}): SplitSettings {
  return {
    max_levels: options.max_levels,
    max_total_rate: String(options.max_total_rate),
    compress_inactive: options.compress_inactive,
  }
}

export type SplitInput = {
  currency_code: string
  lines: SplitLineInput[]
  chain: SplitChainMember[]
  rules: SplitRule[]
  settings: SplitSettings
  /** Each dealer's sales this month before this order (volume tiers add this order's base). */
  month_sales: Record<string, string>
}

export type SplitEntry = {
  level: number
  dealer_id: string
  dealer_code: string
  tier_id: string | null
  rule_id: string | null
  rule_type: CommissionRuleType
  /** The share of the base actually earned, after the cap. */
  rate: string
  amount: string
}

export type SplitSkipReason = "inactive" | "beyond_max_levels" | "no_rule" | "zero"
export type SplitSkip = { level: number; dealer_id: string; dealer_code: string; reason: SplitSkipReason }

export type SplitLine = {
  line_id: string
  title: string | null
  product_id: string | null
  quantity: number
  base: string
  capped: boolean
  entries: SplitEntry[]
  skipped: SplitSkip[]
}

export type Split = {
  currency_code: string
  base_total: string
  commission_total: string
  lines: SplitLine[]
  by_dealer: { dealer_id: string; dealer_code: string; level: number; amount: string }[]
}

type Earner = SplitChainMember & { earning_level: number }

// The most specific scope wins for a line; a tier-specific rule beats an
// any-tier one of the same scope; then the plan's order decides.
const SCOPE_SPECIFICITY: Record<CommissionRuleScope, number> = {
  product: 3,
  category: 2,
  collection: 1,
  all: 0,
}

/**
 * Splits an order's commission up its frozen dealer chain: one entry per
 * line and earning level, from the most specific matching rule.
 *
 * Pure and exactly reproducible from its input (which is stored with the
 * order). Amounts are computed unrounded with decimal.js, scaled down when a
 * line's levels together exceed `max_total_rate`, then rounded once per entry:
 * each dealer-level's total over the order is rounded half-up, and the cents
 * are allocated to its lines by largest remainder (ties to the earlier line),
 * so the entries add up to exactly what the rules give for the whole order.
 */
export function computeSplit(input: SplitInput): Split {
  const precision = currencyPrecision(input.currency_code)
  const currency = input.currency_code.toLowerCase()
  const { earners, skippedMembers } = earningChain(input.chain, input.settings)
  const baseTotal = input.lines.reduce((sum, line) => sum.plus(line.base), new Money(0))
  const cap = new Money(input.settings.max_total_rate)

  const raw: { line: number; earner: Earner; rule: SplitRule; amount: Decimal }[] = []
  const lines: SplitLine[] = input.lines.map((line, lineIndex) => {
    const base = new Money(line.base)
    const skipped: SplitSkip[] = skippedMembers.map((s) => ({ ...s }))
    const granted: { earner: Earner; rule: SplitRule; amount: Decimal }[] = []
    let grantedSoFar = new Money(0)

    for (const earner of earners) {
      const rule = winningRule(input.rules, line, earner, currency)
      if (!rule) {
        skipped.push(skip(earner, "no_rule"))
        continue
      }
      const amount = ruleAmount(rule, {
        base,
        quantity: line.quantity,
        grantedBelow: grantedSoFar,
        volume: new Money(input.month_sales[earner.dealer_id] ?? 0).plus(baseTotal),
      })
      if (amount.lte(0)) {
        skipped.push(skip(earner, "zero"))
        continue
      }
      granted.push({ earner, rule, amount })
      grantedSoFar = grantedSoFar.plus(amount)
    }

    const limit = base.times(cap)
    const capped = grantedSoFar.gt(limit)
    for (const g of granted) {
      const amount = capped ? g.amount.times(limit).dividedBy(grantedSoFar) : g.amount
      raw.push({ line: lineIndex, earner: g.earner, rule: g.rule, amount })
    }
    skipped.sort((a, b) => a.level - b.level)
    return {
      line_id: line.line_id,
      title: line.title,
      product_id: line.product_id,
      quantity: line.quantity,
      base: base.toString(),
      capped,
      entries: [],
      skipped,
    }
  })

  const rounded = allocateRounding(raw.map((r) => ({ key: `${r.earner.earning_level}:${r.earner.dealer_id}`, amount: r.amount })), precision)
  raw.forEach((r, i) => {
    const base = new Money(input.lines[r.line].base)
    lines[r.line].entries.push({
      level: r.earner.earning_level,
      dealer_id: r.earner.dealer_id,
      dealer_code: r.earner.code,
      tier_id: r.earner.tier_id,
      rule_id: r.rule.id,
      rule_type: r.rule.type,
      rate: base.isZero() ? "0" : formatRate(r.amount.dividedBy(base)),
      amount: formatAmount(rounded[i], precision),
    })
  })

  const byDealer = new Map<string, { dealer_id: string; dealer_code: string; level: number; amount: Decimal }>()
  for (const line of lines) {
    for (const e of line.entries) {
      const key = `${e.level}:${e.dealer_id}`
      const acc = byDealer.get(key) ?? { dealer_id: e.dealer_id, dealer_code: e.dealer_code, level: e.level, amount: new Money(0) }
      acc.amount = acc.amount.plus(e.amount)
      byDealer.set(key, acc)
    }
  }
  const byDealerList = [...byDealer.values()].sort((a, b) => a.level - b.level)
  const commissionTotal = byDealerList.reduce((sum, d) => sum.plus(d.amount), new Money(0))

  return {
    currency_code: currency,
    base_total: baseTotal.toString(),
    commission_total: formatAmount(commissionTotal, precision),
    lines,
    by_dealer: byDealerList.map((d) => ({ ...d, amount: formatAmount(d.amount, precision) })),
  }
}

/**
 * Who earns at which level. Inactive dealers earn nothing: without
 * compression their level stays empty (the merchant keeps it); with
 * `compress_inactive` the next active upline moves down into it (缩级).
 */
function earningChain(chain: SplitChainMember[], settings: SplitSettings) {
  const earners: Earner[] = []
  const skippedMembers: SplitSkip[] = []
  let nextLevel = 1
  for (const member of [...chain].sort((a, b) => a.level - b.level)) {
    const active = member.status === "active"
    const level = settings.compress_inactive ? nextLevel : member.level
    if (!active) {
      skippedMembers.push(skip({ ...member, earning_level: member.level }, "inactive"))
      continue
    }
    if (level > settings.max_levels) {
      skippedMembers.push(skip({ ...member, earning_level: level }, "beyond_max_levels"))
    } else {
      earners.push({ ...member, earning_level: level })
    }
    nextLevel += 1
  }
  return { earners, skippedMembers }
}

function skip(member: Earner, reason: SplitSkipReason): SplitSkip {
  return { level: member.earning_level, dealer_id: member.dealer_id, dealer_code: member.code, reason }
}

function winningRule(rules: SplitRule[], line: SplitLineInput, earner: Earner, currency: string) {
  let best: { rule: SplitRule; score: number } | null = null
  for (const rule of rules) {
    if (!rule.is_active || rule.level !== earner.earning_level) continue
    if (rule.tier_id && rule.tier_id !== earner.tier_id) continue
    if (rule.currency_code && rule.currency_code.toLowerCase() !== currency) continue
    if (!scopeMatches(rule, line)) continue
    const score = SCOPE_SPECIFICITY[rule.scope_type] * 2 + (rule.tier_id ? 1 : 0)
    if (!best || score > best.score || (score === best.score && rule.position < best.rule.position)) {
      best = { rule, score }
    }
  }
  return best?.rule ?? null
}

function scopeMatches(rule: SplitRule, line: SplitLineInput): boolean {
  switch (rule.scope_type) {
    case "all":
      return true
    case "product":
      return rule.scope_id === line.product_id
    case "collection":
      return rule.scope_id === line.collection_id
    case "category":
      return !!rule.scope_id && line.category_ids.includes(rule.scope_id)
  }
}

function ruleAmount(
  rule: SplitRule,
  ctx: { base: Decimal; quantity: number; grantedBelow: Decimal; volume: Decimal }
): Decimal {
  switch (rule.type) {
    case "percentage":
      return ctx.base.times(rule.rate ?? 0)
    case "fixed":
      return new Money(rule.amount ?? 0).times(ctx.quantity)
    case "volume_tiers":
      return ctx.base.times(volumeRate(rule.volume_tiers ?? [], ctx.volume))
    case "differential":
      // 级差: the tier's rate minus what the levels below already earned on this line.
      return Decimal.max(0, ctx.base.times(rule.rate ?? 0).minus(ctx.grantedBelow))
  }
}

/** The rate of the highest tier whose threshold the month's sales reached. */
export function volumeRate(tiers: VolumeTier[], volume: Decimal.Value): Decimal {
  let rate = new Money(0)
  for (const tier of [...tiers].sort((a, b) => new Money(a.from).comparedTo(b.from))) {
    if (new Money(volume).gte(tier.from)) {
      rate = new Money(tier.rate)
    }
  }
  return rate
}

/**
 * Rounds each amount to `precision`, so that every group's rounded amounts
 * add up to its unrounded total rounded half-up. Floors first, then hands the
 * group's missing smallest units to the largest remainders (earliest first).
 */
export function allocateRounding(items: { key: string; amount: Decimal }[], precision: number): Decimal[] {
  const unit = new Money(10).pow(-precision)
  const result = items.map((i) => i.amount.toDecimalPlaces(precision, Decimal.ROUND_FLOOR))
  const groups = new Map<string, number[]>()
  items.forEach((item, index) => groups.set(item.key, [...(groups.get(item.key) ?? []), index]))
  for (const indexes of groups.values()) {
    const total = indexes.reduce((sum, i) => sum.plus(items[i].amount), new Money(0))
    const target = total.toDecimalPlaces(precision, Decimal.ROUND_HALF_UP)
    const floored = indexes.reduce((sum, i) => sum.plus(result[i]), new Money(0))
    let missing = target.minus(floored).dividedBy(unit).toNumber()
    const byRemainder = [...indexes].sort((a, b) => {
      const diff = items[b].amount.minus(result[b]).comparedTo(items[a].amount.minus(result[a]))
      return diff !== 0 ? diff : a - b
    })
    for (const i of byRemainder) {
      if (missing <= 0) break
      result[i] = result[i].plus(unit)
      missing -= 1
    }
  }
  return result
}
