import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_LOCK, stockCountLockKey } from "../utils/locks"
import { recordStockCountsStep, RecordStockCountsInput } from "../steps/record-stock-counts"

export const recordStockCountsWorkflowId = "warehouse-record-stock-counts"

/**
 * Enters counted quantities (typed in or from an uploaded sheet) on a count
 * still counting; all or nothing.
 *
 * @example
 * await recordStockCountsWorkflow(container).run({ input: { count_id, entries: [{ sku: "TEA-1", counted_quantity: 7, row: 2 }], actor_id } })
 */
export const recordStockCountsWorkflow = createWorkflow(recordStockCountsWorkflowId, (input: RecordStockCountsInput) => {
  const lockKey = transform({ input }, ({ input }) => stockCountLockKey(input.count_id))
  acquireLockStep({ key: lockKey, ...DOCUMENT_LOCK })
  const recorded = recordStockCountsStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(recorded)
})
