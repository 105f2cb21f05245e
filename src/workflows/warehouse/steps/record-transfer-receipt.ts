import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planReceipt, ReceiptInput } from "../../../lib/warehouse/transfer-transitions"
import { warehouseService } from "../utils/warehouse-service"

export type RecordTransferReceiptInput = {
  transfer: { id: string; lines: { id: string; inventory_item_id: string; sku?: string | null; quantity: number }[] }
  lines?: ReceiptInput[]
}

export const recordTransferReceiptStepId = "warehouse-record-transfer-receipt"

/**
 * Records each line's received quantity (omitted lines: all of it) and the
 * shortfall as its discrepancy with the receiver's note; a 400 listing bad
 * lines. Returns the lines with their received quantities. The compensation
 * clears them again.
 */
export const recordTransferReceiptStep = createStep(
  recordTransferReceiptStepId,
  async (input: RecordTransferReceiptInput, { container }) => {
    const { receipts, errors } = planReceipt(input.transfer.lines, input.lines ?? [])
    if (errors.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join(" "))
    }
    await warehouseService(container).updateStockTransferLines(receipts)
    const byId = new Map(receipts.map((r) => [r.id, r]))
    const lines = input.transfer.lines.map((line) => ({ ...line, ...byId.get(line.id)! }))
    return new StepResponse(lines, receipts.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await warehouseService(container).updateStockTransferLines(
      ids.map((id) => ({ id, received_quantity: null, discrepancy_quantity: 0, discrepancy_note: null }))
    )
  }
)
