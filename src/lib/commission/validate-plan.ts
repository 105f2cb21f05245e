import Decimal from "decimal.js"
import type { SplitRule } from "./compute-split"

export type PlanRuleInput = Omit<SplitRule, "id" | "position"> & { id?: string | null; name?: string | null }

const isDecimal = (value: string | null | undefined) => {
  if (value === null || value === undefined || !/^-?\d+(\.\d+)?$/.test(value)) return false
  return new Decimal(value).isFinite()
}

/**
 * What a plan must satisfy beyond its fields' shapes, as messages naming the
 * rule (1-based, as the merchant sees the table): each type has exactly the
 * fields it uses, rates are fractions in (0, 1], levels within `max_levels`,
 * volume tiers start at 0 and ascend. An empty list means the plan is valid.
 */
export function validatePlan(rules: PlanRuleInput[], settings: { max_levels: number }): string[] {
  const errors: string[] = []
  rules.forEach((rule, index) => {
    const say = (message: string) => errors.push(`Rule ${index + 1}: ${message}`)
    if (rule.level < 1 || rule.level > settings.max_levels) {
      say(`level must be between 1 and ${settings.max_levels} (the max_levels option).`)
    }
    if (rule.scope_type === "all" ? rule.scope_id : !rule.scope_id) {
      say(rule.scope_type === "all" ? "a rule for all products takes no scope_id." : `a ${rule.scope_type} rule needs scope_id.`)
    }
    const rate = (label: string, value: string | null | undefined) => {
      if (!isDecimal(value) || new Decimal(value!).lte(0) || new Decimal(value!).gt(1)) {
        say(`${label} must be a fraction above 0 and at most 1 (0.05 = 5 %).`)
      }
    }
    switch (rule.type) {
      case "percentage":
      case "differential":
        rate("rate", rule.rate)
        if (rule.amount || rule.volume_tiers?.length) say(`a ${rule.type} rule takes only a rate.`)
        break
      case "fixed":
        if (!isDecimal(rule.amount) || new Decimal(rule.amount!).lte(0)) say("amount must be a positive decimal.")
        if (!rule.currency_code) say("a fixed rule needs currency_code (its amount is money).")
        if (rule.rate || rule.volume_tiers?.length) say("a fixed rule takes only an amount and a currency.")
        break
      case "volume_tiers": {
        const tiers = rule.volume_tiers ?? []
        if (!rule.currency_code) say("a volume_tiers rule needs currency_code (its thresholds are money).")
        if (!tiers.length) say("volume_tiers needs at least one tier.")
        tiers.forEach((tier, t) => {
          if (!isDecimal(tier.from) || new Decimal(tier.from).lt(0)) say(`tier ${t + 1}: from must be a decimal ≥ 0.`)
          rate(`tier ${t + 1}: rate`, tier.rate)
        })
        if (tiers.length && isDecimal(tiers[0].from) && !new Decimal(tiers[0].from).isZero()) {
          say("the first tier must start at 0.")
        }
        for (let t = 1; t < tiers.length; t++) {
          if (isDecimal(tiers[t].from) && isDecimal(tiers[t - 1].from) && !new Decimal(tiers[t].from).gt(tiers[t - 1].from)) {
            say(`tier ${t + 1}: thresholds must ascend.`)
          }
        }
        if (rule.rate || rule.amount) say("a volume_tiers rule takes only tiers and a currency.")
        break
      }
    }
  })
  return errors
}
