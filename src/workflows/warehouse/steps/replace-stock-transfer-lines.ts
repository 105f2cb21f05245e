import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferTransitionError } from "../../../lib/warehouse/transfer-transitions"
import { loadTransfer, warehouseService } from "../utils/warehouse-service"
import type { PreparedTransferLine } from "./prepare-transfer-lines"

export type UpdateDraftTransferInput = {
  id: string
  note?: string | null
  /** Replace all lines when given. */
  lines?: PreparedTransferLine[]
}

type Previous = { id: string; note: string | null; lines: PreparedTransferLine[] | null }

export const updateDraftTransferStepId = "warehouse-update-draft-transfer"

/** Edits a draft's note and/or replaces its lines; refused once shipped. The compensation restores both. */
export const updateDraftTransferStep = createStep(
  updateDraftTransferStepId,
  async (input: UpdateDraftTransferInput, { container }) => {
    const warehouse = warehouseService(container)
    const transfer = await loadTransfer(container, input.id)
    const error = transferTransitionError(transfer, "edit")
    if (error) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error)
    const previous: Previous = {
      id: transfer.id,
      note: transfer.note,
      lines: input.lines
        ? transfer.lines.map((l: any) => ({ inventory_item_id: l.inventory_item_id, sku: l.sku, title: l.title, quantity: l.quantity }))
        : null,
    }
    if (input.note !== undefined) {
      await warehouse.updateStockTransfers({ id: transfer.id, note: input.note })
    }
    if (input.lines) {
      await replaceLines(container, transfer.id, transfer.lines.map((l: any) => l.id), input.lines)
    }
    return new StepResponse({ id: transfer.id as string }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await warehouseService(container).updateStockTransfers({ id: previous.id, note: previous.note })
    if (previous.lines) {
      const current = await warehouseService(container).listStockTransferLines({ transfer_id: previous.id } as any)
      await replaceLines(container, previous.id, current.map((l: any) => l.id), previous.lines)
    }
  }
)

async function replaceLines(container: any, transferId: string, oldIds: string[], lines: PreparedTransferLine[]) {
  const warehouse = warehouseService(container)
  if (oldIds.length) await warehouse.deleteStockTransferLines(oldIds)
  await warehouse.createStockTransferLines(lines.map((line) => ({ ...line, transfer_id: transferId })) as any)
}
