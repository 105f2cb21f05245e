import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStockTransferStep } from "../steps/create-stock-transfer"
import { prepareTransferLinesStep } from "../steps/prepare-transfer-lines"

export type CreateStockTransferWorkflowInput = {
  from_location_id: string
  to_location_id: string
  note?: string | null
  lines: { inventory_item_id: string; quantity: number }[]
  actor_id?: string | null
}

export const createStockTransferWorkflowId = "warehouse-create-stock-transfer"

/**
 * Creates a draft transfer between two locations (调拨单). Nothing moves
 * until it is shipped. Each item must be stocked at the source.
 *
 * @example
 * const { result } = await createStockTransferWorkflow(container).run({
 *   input: { from_location_id, to_location_id, lines: [{ inventory_item_id, quantity: 5 }], actor_id },
 * })
 */
export const createStockTransferWorkflow = createWorkflow(createStockTransferWorkflowId, (input: CreateStockTransferWorkflowInput) => {
  const lines = prepareTransferLinesStep(input)
  const transfer = createStockTransferStep(
    transform({ input, lines }, ({ input, lines }) => ({
      kind: "manual" as const,
      status: "draft" as const,
      from_location_id: input.from_location_id,
      to_location_id: input.to_location_id,
      note: input.note ?? null,
      created_by: input.actor_id ?? null,
      lines,
    }))
  )
  return new WorkflowResponse(transfer)
})
