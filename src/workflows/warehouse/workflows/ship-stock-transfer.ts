import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_LOCK, stockTransferLockKey } from "../utils/locks"
import { transferMovements } from "../../../lib/warehouse/transfer-transitions"
import { adjustStockLevelsStep } from "../steps/adjust-stock-levels"
import { moveStockTransferStep } from "../steps/move-stock-transfer"
import { emitStockLevelEvents } from "../utils/emit-level-events"

export const shipStockTransferWorkflowId = "warehouse-ship-stock-transfer"

/**
 * Ships a draft transfer: draft → shipped, and each line's quantity leaves
 * the source's stocked quantity — refused (400 naming the SKU and location)
 * when that would leave it below its reserved quantity, with nothing moved.
 * Concurrent ships of one transfer: one ships, the others get a 400.
 *
 * @example
 * await shipStockTransferWorkflow(container).run({ input: { id: "stxfer_…", actor_id: "user_…" } })
 */
export const shipStockTransferWorkflow = createWorkflow(shipStockTransferWorkflowId, (input: { id: string; actor_id?: string | null }) => {
  const lockKey = transform({ input }, ({ input }) => stockTransferLockKey(input.id))
  acquireLockStep({ key: lockKey, ...DOCUMENT_LOCK })
  const transfer = moveStockTransferStep(transform({ input }, ({ input }) => ({ id: input.id, action: "ship" as const, actor_id: input.actor_id })))
  const adjusted = adjustStockLevelsStep(transform({ transfer }, ({ transfer }) => transferMovements("ship", transfer)))
  emitStockLevelEvents(adjusted)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ id: input.id })
})
