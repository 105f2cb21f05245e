import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_LOCK, stockTransferLockKey } from "../utils/locks"
import { prepareTransferLinesStep } from "../steps/prepare-transfer-lines"
import { updateDraftTransferStep } from "../steps/replace-stock-transfer-lines"
import { loadTransferStep } from "../steps/load-transfer"

export type UpdateStockTransferWorkflowInput = {
  id: string
  note?: string | null
  lines?: { inventory_item_id: string; quantity: number }[]
}

export const updateStockTransferWorkflowId = "warehouse-update-stock-transfer"

/** Edits a draft transfer: its note, and/or replaces its lines. Refused once shipped. */
export const updateStockTransferWorkflow = createWorkflow(updateStockTransferWorkflowId, (input: UpdateStockTransferWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => stockTransferLockKey(input.id))
  acquireLockStep({ key: lockKey, ...DOCUMENT_LOCK })
  const transfer = loadTransferStep({ id: input.id, action: "edit" })
  const prepared = when({ input }, ({ input }) => !!input.lines).then(() =>
    prepareTransferLinesStep(
      transform({ input, transfer }, ({ input, transfer }) => ({
        from_location_id: transfer.from_location_id,
        to_location_id: transfer.to_location_id,
        lines: input.lines!,
      }))
    )
  )
  const result = updateDraftTransferStep(
    transform({ input, prepared }, ({ input, prepared }) => ({ id: input.id, note: input.note, lines: prepared ?? undefined }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(result)
})
