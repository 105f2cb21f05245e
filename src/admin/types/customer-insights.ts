/** Shapes of /admin/distribution/customer-tiers/** and /admin/distribution/customers-insights/**. */

export type CustomerTierRule = {
  id?: string
  window_months: number
  min_spend: string | null
  currency_code: string | null
  min_orders: number | null
}

export type CustomerTier = {
  id: string
  code: string
  name_en: string
  name_zh: string
  rank: number
  description: string | null
  customer_group_id: string | null
  rules: CustomerTierRule[]
  customer_count: number
  created_at: string
  updated_at: string
}

export type CustomerTierRef = { id: string; code: string; name_en: string; name_zh: string; rank: number; deleted?: boolean }

export type CustomerTierChangeSource = "order" | "job" | "admin"

export type CustomerTierChange = {
  id: string
  customer_id: string
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
  from_tier: CustomerTierRef | null
  to_tier: CustomerTierRef | null
  reason: string
  rule: Record<string, unknown> | null
  source: CustomerTierChangeSource
  order_id: string | null
  actor_id: string | null
  created_at: string
}

export type AdminCustomerTierListResponse = { tiers: CustomerTier[]; count: number }
export type AdminCustomerTierResponse = { tier: CustomerTier }
export type AdminCustomerTierChangesResponse = { changes: CustomerTierChange[]; count: number; limit: number; offset: number }
export type AdminCustomerTierChangesParams = {
  customer_id?: string
  tier_id?: string
  source?: CustomerTierChangeSource
  limit?: number
  offset?: number
}
export type AdminCustomerTierEvaluateResponse = { evaluated: number; changed: number; batches: number }

export type CustomerTierBody = {
  code: string
  name_en: string
  name_zh: string
  rank: number
  description?: string | null
  rules?: Omit<CustomerTierRule, "id">[]
}

export type CurrencySpend = { currency_code: string; order_count: number; total_spend: string; average_spend: string | null }
export type Favourite = { id: string; name: string | null; currency_code: string; net_spend: string; quantity: number }

export type AdminCustomerInsightResponse = {
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null; created_at: string }
  customer_id: string
  stats: {
    currency_code: string | null
    order_count: number
    total_spend: string
    average_spend: string | null
    first_order_at: string | null
    last_order_at: string | null
    purchase_frequency: string | null
    per_currency: CurrencySpend[]
  }
  favourite_categories: Favourite[]
  favourite_products: Favourite[]
  dealer: { id: string; code: string; display_name: string; status: string; bound_at: string | null } | null
  tier: CustomerTierRef | null
  tier_history: CustomerTierChange[]
  tier_history_count: number
}

export type CustomerInsightRow = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  has_account: boolean
  created_at: string
  currency_code: string
  order_count: number
  total_spend: string
  average_spend: string | null
  last_order_at: string | null
  tier: CustomerTierRef | null
  dealer: { id: string; code: string; display_name: string } | null
}

export type AdminCustomerInsightsListParams = {
  tier_id?: string
  dealer_id?: string
  spend_min?: string
  spend_max?: string
  currency_code?: string
  q?: string
  order?: string
  limit?: number
  offset?: number
}

export type AdminCustomerInsightsListResponse = {
  customers: CustomerInsightRow[]
  count: number
  limit: number
  offset: number
  currency_code: string
}
