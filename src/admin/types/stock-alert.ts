/**
 * Shapes of the warehouse admin API for low-stock thresholds and alerts
 * (库存预警) and item unit costs. Quantities are integers; dates are ISO
 * strings; money is a decimal string.
 */
import { PaginatedResponse } from "./list-response"

export const STOCK_ALERT_STATUSES = ["open", "closed"] as const
export type StockAlertStatus = (typeof STOCK_ALERT_STATUSES)[number]

export type StockLocationRef = { id: string; name: string | null }

/** A reorder point (and optional reorder quantity) of an item at a location. */
export type StockThreshold = {
  id: string
  inventory_item_id: string
  sku: string | null
  title: string | null
  location: StockLocationRef
  reorder_point: number
  reorder_quantity: number | null
  /** Stocked − reserved now; null when the item has no level there. */
  available_quantity: number | null
  created_at: string
  updated_at: string
}

export type StockThresholdListParams = {
  inventory_item_id?: string
  location_id?: string
  q?: string
  limit?: number
  offset?: number
}
export type StockThresholdListResponse = PaginatedResponse<"thresholds", StockThreshold>

export type StockThresholdInput = {
  inventory_item_id: string
  location_id: string
  reorder_point: number
  reorder_quantity?: number | null
}
export type SaveStockThresholdsBody = { thresholds: StockThresholdInput[] }
export type SaveStockThresholdsResponse = { thresholds: StockThreshold[] }
export type DeleteStockThresholdResponse = { id: string; object: "stock_threshold"; deleted: true; closed_alert_ids: string[] }
export type ImportStockThresholdsResponse = { updated: number }

export type StockAlert = {
  id: string
  status: StockAlertStatus
  inventory_item_id: string
  sku: string | null
  title: string | null
  location: StockLocationRef
  threshold_id: string | null
  reorder_point: number
  reorder_quantity: number | null
  /** When it opened. */
  available_quantity: number
  /** Now; null when the item has no level there any more. */
  current_available_quantity: number | null
  closed_available_quantity: number | null
  /** What to order: for an open alert, as of now. */
  suggested_quantity: number
  opened_at: string
  closed_at: string | null
  notified_at: string | null
}

export type StockAlertListParams = {
  status?: StockAlertStatus
  location_id?: string
  inventory_item_id?: string
  q?: string
  limit?: number
  offset?: number
}
export type StockAlertListResponse = PaginatedResponse<"alerts", StockAlert>
export type StockAlertScanResponse = { opened: number; closed: number; notified: number }

export type ItemCost = { id: string; inventory_item_id: string; currency_code: string; unit_cost: string }
export type ItemCostListResponse = { item_costs: ItemCost[] }
export type SaveItemCostBody = { inventory_item_id: string; currency_code: string; unit_cost: string }
export type SaveItemCostResponse = { item_cost: ItemCost }
