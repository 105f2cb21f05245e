/**
 * Shapes of the warehouse admin API for stock transfers (调拨单) and the
 * location / inventory look-ups the transfer and count screens pick from.
 * Quantities are integers; dates are ISO strings. The vocabularies mirror
 * the backend's `src/types/warehouse.ts`.
 */
import { PaginatedResponse } from "./list-response"

export const STOCK_TRANSFER_STATUSES = ["draft", "shipped", "received", "canceled"] as const
export type StockTransferStatus = (typeof STOCK_TRANSFER_STATUSES)[number]

export const STOCK_TRANSFER_KINDS = ["manual", "restock"] as const
export type StockTransferKind = (typeof STOCK_TRANSFER_KINDS)[number]

export type WarehouseLocationRef = { id: string; name: string }

/** A stock location as the look-up lists it: who owns it (a dealer, or the producer when null). */
export type WarehouseLocation = {
  id: string
  name: string
  address: { city?: string | null; country_code?: string | null } | null
  dealer: { id: string; code: string; name: string } | null
}

export type WarehouseLocationListParams = {
  q?: string
  owner?: "producer" | "dealer"
  dealer_id?: string
  limit?: number
  offset?: number
}
export type WarehouseLocationListResponse = PaginatedResponse<"locations", WarehouseLocation>

/** An inventory item with a level at the location asked for. */
export type WarehouseInventoryItem = {
  inventory_item_id: string
  sku: string | null
  title: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export type WarehouseInventoryListParams = {
  location_id: string
  q?: string
  limit?: number
  offset?: number
}
export type WarehouseInventoryListResponse = PaginatedResponse<"items", WarehouseInventoryItem>

export type StockTransferLine = {
  id: string
  inventory_item_id: string
  sku: string | null
  title: string | null
  quantity: number
  received_quantity: number | null
  discrepancy_quantity: number | null
  discrepancy_note: string | null
}

export type StockTransfer = {
  id: string
  display_id: number | string
  kind: StockTransferKind
  status: StockTransferStatus
  from_location: WarehouseLocationRef | null
  to_location: WarehouseLocationRef | null
  note: string | null
  order_id: string | null
  fulfillment_id: string | null
  created_by: string | null
  shipped_by: string | null
  shipped_at: string | null
  received_by: string | null
  received_at: string | null
  canceled_by: string | null
  canceled_at: string | null
  created_at: string
  updated_at: string
  line_count: number
  total_quantity: number
  received_quantity: number | null
  discrepancy_quantity: number | null
  /** Present on the detail, absent from the list. */
  lines?: StockTransferLine[]
}

export type StockTransferListParams = {
  status?: StockTransferStatus
  kind?: StockTransferKind
  from_location_id?: string
  to_location_id?: string
  location_id?: string
  created_from?: string
  created_to?: string
  q?: string
  limit?: number
  offset?: number
}
export type StockTransferListResponse = PaginatedResponse<"transfers", StockTransfer>
export type StockTransferResponse = { transfer: StockTransfer }

export type CreateStockTransfer = {
  from_location_id: string
  to_location_id: string
  note?: string
  lines: { inventory_item_id: string; quantity: number }[]
}

export type ReceiveStockTransfer = {
  lines?: { line_id: string; received_quantity: number; note?: string }[]
}
