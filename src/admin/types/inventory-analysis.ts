/** Shapes of `/admin/distribution/warehouse/analysis/*` (see the route handlers). */

export type AnalysisCurrencyValue = { currency_code: string; value: string }
export type AnalysisDealerRef = { id: string; code: string; name: string }

export type AnalysisFigures = {
  items: number
  on_hand: number
  reserved: number
  available: number
  /** Set when every cost is in one currency; else null and `values` has one entry per currency. */
  value: string | null
  currency_code: string | null
  values: AnalysisCurrencyValue[]
  uncosted_on_hand: number
  sold: number
  sold_30d: number
  turnover: number | null
  days_of_cover: number | null
  slow_movers: number
}

export type AnalysisLocationSummary = AnalysisFigures & {
  location: { id: string; name: string }
  dealer: AnalysisDealerRef | null
}

export type AdminInventoryAnalysisSummaryResponse = {
  period_days: number
  slow_mover_days: number
  totals: AnalysisFigures & { locations: number }
  locations: AnalysisLocationSummary[]
}

export type AnalysisStockRow = {
  location: { id: string; name: string }
  dealer: AnalysisDealerRef | null
  inventory_item_id: string
  sku: string | null
  title: string | null
  on_hand: number
  reserved: number
  available: number
  unit_cost: string | null
  currency_code: string | null
  value: string | null
  sold_30d: number
  sold_period: number
  days_of_cover: number | null
  turnover: number | null
  last_sold_at: string | null
  slow_mover: boolean
}

export type AdminInventoryAnalysisStockParams = {
  location_id?: string
  q?: string
  slow_only?: boolean
  period_days?: number
  order?: string
  limit?: number
  offset?: number
}

export type AdminInventoryAnalysisStockResponse = {
  period_days: number
  slow_mover_days: number
  rows: AnalysisStockRow[]
  count: number
  limit: number
  offset: number
}

export type AnalysisNetworkRow = {
  inventory_item_id: string
  sku: string | null
  title: string | null
  total_on_hand: number
  producer_on_hand: number
  dealer_on_hand: number
  total_available: number
  locations: {
    id: string
    name: string
    dealer_id: string | null
    dealer: AnalysisDealerRef | null
    on_hand: number
    available: number
  }[]
}

export type AdminInventoryAnalysisNetworkParams = { q?: string; limit?: number; offset?: number }

export type AdminInventoryAnalysisNetworkResponse = {
  rows: AnalysisNetworkRow[]
  count: number
  limit: number
  offset: number
}

export type InventoryAnalysisReport = "summary" | "stock" | "network"
