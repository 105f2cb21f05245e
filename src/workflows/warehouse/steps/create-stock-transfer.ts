import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StockTransferKind, StockTransferStatus } from "../../../types/warehouse"
import { warehouseService } from "../utils/warehouse-service"

export type CreateStockTransferStepInput = {
  kind?: StockTransferKind
  status?: StockTransferStatus
  from_location_id: string
  to_location_id: string
  note?: string | null
  order_id?: string | null
  fulfillment_id?: string | null
  created_by?: string | null
  shipped_by?: string | null
  shipped_at?: Date | null
  received_by?: string | null
  received_at?: Date | null
  lines: {
    inventory_item_id: string
    sku?: string | null
    title?: string | null
    quantity: number
    received_quantity?: number | null
    discrepancy_quantity?: number
    discrepancy_note?: string | null
  }[]
}

export const createStockTransferStepId = "warehouse-create-stock-transfer"

/**
 * Creates a transfer record and its lines (a draft by default; a restock
 * transfer may be created directly `received`). Moves no stock. The
 * compensation deletes it.
 */
export const createStockTransferStep = createStep(
  createStockTransferStepId,
  async (input: CreateStockTransferStepInput, { container }) => {
    const warehouse = warehouseService(container)
    const { lines, ...fields } = input
    const transfer = await warehouse.createStockTransfers({ kind: "manual", status: "draft", ...fields } as any)
    await warehouse.createStockTransferLines(lines.map((line) => ({ ...line, transfer_id: transfer.id })) as any)
    return new StepResponse({ id: transfer.id as string, display_id: transfer.display_id as number }, transfer.id as string)
  },
  async (id, { container }) => {
    if (id) {
      await warehouseService(container).deleteStockTransfers(id)
    }
  }
)
