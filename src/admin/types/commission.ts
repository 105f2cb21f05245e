/**
 * Shapes of the commission API (admin and store). Amounts, bases and rates
 * are decimal strings so no cent is lost to floating point; rates are
 * fractions ("0.05" = 5 %).
 */
export type CommissionRuleScope = "all" | "product" | "collection" | "category"
export type CommissionRuleType =
  | "percentage"
  | "fixed"
  | "volume_tiers"
  | "differential"

export type VolumeTier = { from: string; rate: string }

export type CommissionRule = {
  id: string
  position: number
  name: string | null
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
  created_at: string
  updated_at: string
}

export type CommissionRuleInput = Omit<
  CommissionRule,
  "id" | "position" | "created_at" | "updated_at"
> & { id?: string }

export type CommissionSettings = {
  commission_base: "net_of_discounts" | "gross"
  max_levels: number
  max_total_rate: string
  compress_inactive: boolean
  hold_days: number
  mature_on: "fulfilled" | "delivered"
  timezone: string
}

export type CommissionPlanResponse = {
  rules: CommissionRule[]
  settings: CommissionSettings
}

export type SplitEntry = {
  level: number
  dealer_id: string
  dealer_code: string
  tier_id: string | null
  rule_id: string | null
  rule_type: CommissionRuleType | null
  rate: string
  amount: string
}

export type SplitSkipReason = "inactive" | "beyond_max_levels" | "no_rule" | "zero"

export type SplitSkip = {
  level: number
  dealer_id: string
  dealer_code: string
  reason: SplitSkipReason
}

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

export type CommissionSplit = {
  currency_code: string
  base_total: string
  commission_total: string
  lines: SplitLine[]
  by_dealer: {
    dealer_id: string
    dealer_code: string
    level: number
    amount: string
  }[]
}

export type CommissionPreviewLine = {
  title?: string
  product_id?: string
  collection_id?: string
  category_ids?: string[]
  quantity: number
  unit_price: string
  discount?: string
}

export type CommissionPreviewRequest = {
  rules?: CommissionRuleInput[]
  dealer_id: string
  currency_code: string
  month_sales?: string
  lines: CommissionPreviewLine[]
}

export type LedgerEntryKind = "accrual" | "reversal" | "adjustment" | "payout"
export type LedgerEntryStatus = "pending" | "available" | "reserved" | "paid"

export type LedgerEntry = {
  id: string
  dealer_id: string
  dealer: { id: string; code: string; display_name: string } | null
  kind: LedgerEntryKind
  status: LedgerEntryStatus
  amount: string
  currency_code: string
  order_id: string | null
  order_display_id: number | null
  line_item_id: string | null
  product_title: string | null
  level: number | null
  base: string | null
  rate: string | null
  rule_id: string | null
  rule_type: string | null
  reverses_entry_id: string | null
  /** The payout that reserved or paid it, if any. */
  payout_id: string | null
  reason: string | null
  created_by: string | null
  idempotency_key: string
  created_at: string
}

export type LedgerEntriesResponse = {
  entries: LedgerEntry[]
  count: number
  offset: number
  limit: number
  totals: { currency_code: string; amount: string }[]
}

export type CommissionBalance = {
  currency_code: string
  pending: string
  available: string
  /** In a payout being sent: no longer available, not paid yet. */
  reserved: string
  paid: string
  /** Sum of the payout entries, as a positive amount. */
  paid_out: string
  total: string
}

export type OrderCommission = {
  order_id: string
  dealer_id: string
  currency_code: string
  base_total: string
  commission_total: string
  reversed_total: string
  created_at: string
  split: CommissionSplit
  entries: LedgerEntry[]
}

export type StatementTotalsByKind = Record<LedgerEntryKind, string>
export type StatementTotalsByStatus = Record<LedgerEntryStatus, string>

export type StatementSummary = {
  dealer_id: string
  dealer: { id: string; code: string; display_name: string } | null
  currency_code: string
  period: string | null
  from: string
  to: string
  opening_balance: string
  closing_balance: string
  totals_by_kind: StatementTotalsByKind
  entry_count: number
  closed: boolean
}

export type Statement = StatementSummary & {
  totals_by_status: StatementTotalsByStatus
  entries: LedgerEntry[]
  snapshot_at: string | null
}
