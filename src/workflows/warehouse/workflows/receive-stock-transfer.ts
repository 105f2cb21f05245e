import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_LOCK, stockTransferLockKey } from "../utils/locks"
import { ReceiptInput, transferMovements } from "../../../lib/warehouse/transfer-transitions"
import { adjustStockLevelsStep } from "../steps/adjust-stock-levels"
import { moveStockTransferStep } from "../steps/move-stock-transfer"
import { recordTransferReceiptStep } from "../steps/record-transfer-receipt"
import { emitStockLevelEvents } from "../utils/emit-level-events"

export type ReceiveStockTransferWorkflowInput = { id: string; actor_id?: string | null; lines?: ReceiptInput[] }

export const receiveStockTransferWorkflowId = "warehouse-receive-stock-transfer"

/**
 * Receives a shipped transfer: shipped → received; each line's received
 * quantity (all of it unless given) arrives at the target, whose level is
 * created when missing. A short line records the difference as its
 * discrepancy (the stock left the source and did not arrive).
 *
 * @example
 * await receiveStockTransferWorkflow(container).run({ input: { id, actor_id, lines: [{ line_id, received_quantity: 4, note: "1 broken" }] } })
 */
export const receiveStockTransferWorkflow = createWorkflow(receiveStockTransferWorkflowId, (input: ReceiveStockTransferWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => stockTransferLockKey(input.id))
  acquireLockStep({ key: lockKey, ...DOCUMENT_LOCK })
  const transfer = moveStockTransferStep(transform({ input }, ({ input }) => ({ id: input.id, action: "receive" as const, actor_id: input.actor_id })))
  const lines = recordTransferReceiptStep(transform({ input, transfer }, ({ input, transfer }) => ({ transfer, lines: input.lines })))
  const adjusted = adjustStockLevelsStep(
    transform({ transfer, lines }, ({ transfer, lines }) => transferMovements("receive", { ...transfer, lines }))
  )
  emitStockLevelEvents(adjusted)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ id: input.id })
})
