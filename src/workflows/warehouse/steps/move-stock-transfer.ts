import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRANSFER_TRANSITIONS, transferTransitionError } from "../../../lib/warehouse/transfer-transitions"
import type { StockTransferStatus } from "../../../types/warehouse"
import { loadTransfer, warehouseService } from "../utils/warehouse-service"

export type MoveStockTransferInput = { id: string; action: "ship" | "receive" | "cancel"; actor_id?: string | null }

const STAMP = { ship: "shipped", receive: "received", cancel: "canceled" } as const

export const moveStockTransferStepId = "warehouse-move-stock-transfer"

/**
 * Moves a transfer's status for `action` (ship, receive, cancel) with who
 * and when, by a conditional update: of two concurrent requests only one
 * moves it; the other gets the 400 it would get after the first. Returns
 * the transfer as it was before the move (its status then) with its lines.
 * The compensation puts the status back and clears the stamp.
 */
export const moveStockTransferStep = createStep(
  moveStockTransferStepId,
  async (input: MoveStockTransferInput, { container }) => {
    const warehouse = warehouseService(container)
    const before = await loadTransfer(container, input.id)
    const error = transferTransitionError(before, input.action)
    if (error) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error)
    const from = before.status as StockTransferStatus
    const stamp = STAMP[input.action]
    const moved = await warehouse.moveTransfer(input.id, [from], TRANSFER_TRANSITIONS[input.action].to, {
      [`${stamp}_by`]: input.actor_id ?? null,
      [`${stamp}_at`]: new Date(),
    })
    if (!moved) {
      const now = await loadTransfer(container, input.id)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        transferTransitionError(now, input.action) ?? `Transfer #${now.display_id} changed while this request ran; try again.`
      )
    }
    // Lines only change while a draft: read them again now that it has moved.
    const transfer = await loadTransfer(container, input.id)
    return new StepResponse({ ...transfer, status: from, previous_status: from }, { id: input.id, from, to: TRANSFER_TRANSITIONS[input.action].to, stamp })
  },
  async (moved, { container }) => {
    if (!moved) return
    await warehouseService(container).moveTransfer(moved.id, [moved.to], moved.from, { [`${moved.stamp}_by`]: null, [`${moved.stamp}_at`]: null })
  }
)
