/**
 * Shapes of the warehouse admin API for stock counts (盘点). Quantities are
 * integers; money (unit cost, variance value) is a decimal string.
 */
import { PaginatedResponse } from "./list-response"
import { WarehouseLocationRef } from "./stock-transfer"

export const STOCK_COUNT_STATUSES = ["counting", "applied", "canceled"] as const
export type StockCountStatus = (typeof STOCK_COUNT_STATUSES)[number]

export const STOCK_COUNT_LINE_STATES = ["all", "uncounted", "counted", "variance"] as const
export type StockCountLineState = (typeof STOCK_COUNT_LINE_STATES)[number]

export type StockCountTotals = {
  lines: number
  counted: number
  variance_lines: number
  variance_quantity: number
  variance_value: string | null
  currency_code: string | null
}

export type StockCount = {
  id: string
  display_id: number | string
  location: WarehouseLocationRef | null
  status: StockCountStatus
  scope: unknown
  note: string | null
  created_by: string | null
  applied_by: string | null
  applied_at: string | null
  canceled_by: string | null
  canceled_at: string | null
  created_at: string
  totals: StockCountTotals
}

export type StockCountLine = {
  id: string
  inventory_item_id: string
  sku: string | null
  title: string | null
  snapshot_quantity: number
  counted_quantity: number | null
  variance_quantity: number | null
  unit_cost: string | null
  variance_value: string | null
  currency_code: string | null
  applied_adjustment: number | null
  quantity_after: number | null
}

export type StockCountListParams = {
  status?: StockCountStatus
  location_id?: string
  limit?: number
  offset?: number
}
export type StockCountListResponse = PaginatedResponse<"counts", StockCount>
export type StockCountResponse = { count: StockCount }

export type StockCountLineListParams = {
  q?: string
  state?: StockCountLineState
  limit?: number
  offset?: number
}
export type StockCountLineListResponse = PaginatedResponse<"lines", StockCountLine>

export type CreateStockCount = {
  location_id: string
  note?: string
  inventory_item_ids?: string[]
  q?: string
}

export type SaveStockCountLines = {
  lines: { line_id: string; counted_quantity: number | null }[]
}

export type ImportStockCountResponse = { count: StockCount; updated: number }
