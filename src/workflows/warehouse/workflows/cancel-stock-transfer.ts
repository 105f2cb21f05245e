import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_LOCK, stockTransferLockKey } from "../utils/locks"
import { transferMovements } from "../../../lib/warehouse/transfer-transitions"
import { adjustStockLevelsStep } from "../steps/adjust-stock-levels"
import { moveStockTransferStep } from "../steps/move-stock-transfer"
import { emitStockLevelEvents } from "../utils/emit-level-events"

export const cancelStockTransferWorkflowId = "warehouse-cancel-stock-transfer"

/**
 * Cancels a draft (nothing moves) or a shipped transfer (its quantities go
 * back into the source). A received or canceled transfer can't be canceled.
 *
 * @example
 * await cancelStockTransferWorkflow(container).run({ input: { id, actor_id } })
 */
export const cancelStockTransferWorkflow = createWorkflow(cancelStockTransferWorkflowId, (input: { id: string; actor_id?: string | null }) => {
  const lockKey = transform({ input }, ({ input }) => stockTransferLockKey(input.id))
  acquireLockStep({ key: lockKey, ...DOCUMENT_LOCK })
  const transfer = moveStockTransferStep(transform({ input }, ({ input }) => ({ id: input.id, action: "cancel" as const, actor_id: input.actor_id })))
  const adjusted = adjustStockLevelsStep(transform({ transfer }, ({ transfer }) => transferMovements("cancel", transfer)))
  emitStockLevelEvents(adjusted)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ id: input.id })
})
