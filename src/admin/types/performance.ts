/** Shapes of the dealer performance, dashboard and tier rule routes (money as decimal strings, ratios as "0.1234"). */

export type PerformancePeriod = { key: string; label: string; from: string; to: string; timezone: string }

export type PerformanceTierRef = { id: string; code: string; name_en: string; name_zh: string; rank: number }

export type DealerPerformanceFigures = {
  currency_code: string
  sales: string
  refunded: string
  net_sales: string
  downline_net_sales: string
  team_net_sales: string
  order_count: number
  average_order_value: string | null
  new_bound_customers: number
  active_customers: number
  return_rate: string | null
  commission_earned: string
  commission_paid: string
  stock_value: string
}

export type TrendPoint = { key: string; net_sales: string; order_count: number; commission: string }
export type Trend = { unit: "day" | "week" | "month"; points: TrendPoint[] }

export type DealerPerformance = {
  dealer: { id: string; code: string; display_name: string; status: string; tier: PerformanceTierRef | null }
  period: PerformancePeriod
  previous_period: PerformancePeriod
  currency_code: string
  figures: DealerPerformanceFigures
  previous: DealerPerformanceFigures
  growth: { net_sales: string | null; team_net_sales: string | null; order_count: string | null; active_customers: string | null }
  rank: { tier_id: string | null; rank: number; of: number } | null
  trend: Trend
}

export type DealerPerformanceResponse = { performance: DealerPerformance }

export type PerformanceQuery = { period?: string; from?: string; to?: string; currency_code?: string }

export type DashboardTotals = {
  sales: string
  refunded: string
  net_sales: string
  attributed_net_sales: string
  order_count: number
  attributed_order_count: number
  customer_count: number
  average_order_value: string | null
  return_rate: string | null
  commission_earned: string
  commission_paid: string
  new_dealers: number
  new_bound_customers: number
}

export type CommissionLiability = {
  currency_code: string
  pending: string
  available: string
  reserved: string
  paid: string
  outstanding: string
}

export type Dashboard = {
  period: PerformancePeriod
  previous_period: PerformancePeriod
  currency_code: string
  totals: DashboardTotals
  previous: DashboardTotals
  growth: { net_sales: string | null; order_count: string | null; customer_count: string | null; commission_earned: string | null }
  trend: Trend
  top_dealers: {
    dealer: { id: string; code: string; display_name: string; status: string; tier_id: string | null }
    net_sales: string
    team_net_sales: string
    order_count: number
    growth: { net_sales: string | null }
  }[]
  tier_distribution: { tier: PerformanceTierRef; dealers: number; active_dealers: number; net_sales: string }[]
  commission_liability: CommissionLiability
  commission_liability_by_currency: CommissionLiability[]
}

export type DashboardResponse = { dashboard: Dashboard }

export type TierRuleDirection = "upgrade" | "downgrade"

export type TierRule = {
  id: string
  from_tier_id: string
  to_tier_id: string
  from_tier: PerformanceTierRef | null
  to_tier: PerformanceTierRef | null
  direction: TierRuleDirection
  window_months: number
  min_sales: string
  currency_code: string
  min_active_customers: number
  min_downline_sales: string | null
  active: boolean
  description: string | null
  created_at: string
  updated_at: string
}

export type TierRuleInput = {
  from_tier_id: string
  to_tier_id: string
  direction: TierRuleDirection
  window_months: number
  min_sales: string
  currency_code: string
  min_active_customers: number
  min_downline_sales: string | null
  active: boolean
  description: string | null
}

export type TierProposalStatus = "proposed" | "accepted" | "rejected" | "applied"

export type TierProposalCheck = { figure: "sales" | "active_customers" | "downline_sales"; minimum: string; measured: string; met: boolean }

export type TierProposal = {
  id: string
  dealer_id: string
  dealer: { id: string; code: string; display_name: string; tier_id: string | null; status: string } | null
  from_tier_id: string
  to_tier_id: string
  from_tier: PerformanceTierRef | null
  to_tier: PerformanceTierRef | null
  rule_id: string | null
  direction: TierRuleDirection
  rule_snapshot: Record<string, unknown>
  measured: {
    currency_code: string
    window: { from: string; to: string; first_month: string; last_month: string }
    sales: string
    active_customers: number
    downline_sales: string
    checks: TierProposalCheck[]
  }
  period_key: string
  status: TierProposalStatus
  decided_by: string | null
  decided_at: string | null
  note: string | null
  created_at: string
}

export type TierRulesResponse = { tier_rules: TierRule[]; count: number; limit: number; offset: number }
export type TierProposalsResponse = { tier_proposals: TierProposal[]; count: number; limit: number; offset: number }
export type TierEvaluationResponse = {
  evaluation: { period_key: string; proposed: string[]; applied: string[]; failed: { id: string; message: string }[] }
}
