import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_LOCK, stockCountLockKey } from "../utils/locks"
import { moveStockCountStep } from "../steps/move-stock-count"

export const cancelStockCountWorkflowId = "warehouse-cancel-stock-count"

/** Cancels a count that is still counting; no level changes. */
export const cancelStockCountWorkflow = createWorkflow(cancelStockCountWorkflowId, (input: { id: string; actor_id?: string | null }) => {
  const lockKey = transform({ input }, ({ input }) => stockCountLockKey(input.id))
  acquireLockStep({ key: lockKey, ...DOCUMENT_LOCK })
  moveStockCountStep(transform({ input }, ({ input }) => ({ id: input.id, action: "cancel" as const, actor_id: input.actor_id })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ id: input.id })
})
