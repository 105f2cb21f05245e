import type CommissionModuleService from "../../../../modules/commission/service"
import { toSplitRule } from "../../../../modules/commission/rule-snapshot"

/** A rule as the API returns it: exact decimal strings, not the numeric columns. */
export function commissionRuleView(rule: any) {
  return {
    ...toSplitRule(rule),
    name: rule.name ?? null,
    created_at: rule.created_at,
    updated_at: rule.updated_at,
  }
}

/** The commission options the admin shows beside the plan. */
export function commissionSettings(commission: CommissionModuleService) {
  const o = commission.getOptions()
  return {
    commission_base: o.commission_base,
    max_levels: o.max_levels,
    max_total_rate: String(o.max_total_rate),
    compress_inactive: o.compress_inactive,
    hold_days: o.hold_days,
    mature_on: o.mature_on,
    timezone: o.timezone,
  }
}
