import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustStockLevelsStep } from "../steps/adjust-stock-levels"
import { createReceivedRestockTransferStep } from "../steps/restock-create-received-transfer"
import { loadRestockFulfilmentStep } from "../steps/restock-load-fulfilment"
import { updateRestockOrderStatusStep } from "../steps/restock-update-status"
import { emitStockLevelEvents } from "../utils/emit-level-events"

export const receiveRestockFulfilmentWorkflowId = "receive-restock-fulfilment"

/**
 * Receives what one fulfilment of a dealer's restock order shipped into the
 * dealer's own location: an inbound `restock` transfer, directly `received`
 * (from the fulfilment's location; Medusa already took the stock out there),
 * the dealer's levels created if missing and incremented, and the restock
 * order's status moved on. Once per fulfilment: a duplicate event writes
 * nothing. Fulfilments of other orders are ignored.
 *
 * @example
 * await receiveRestockFulfilmentWorkflow(container).run({ input: { fulfillment_id: "ful_1" } })
 */
export const receiveRestockFulfilmentWorkflow = createWorkflow(
  receiveRestockFulfilmentWorkflowId,
  (input: { fulfillment_id: string }) => {
    const receipt = loadRestockFulfilmentStep(input)
    const transfer = createReceivedRestockTransferStep(receipt)
    const status = when({ transfer }, ({ transfer }) => transfer.created).then(() => {
      const adjusted = adjustStockLevelsStep(
        transform({ receipt }, ({ receipt }) =>
          receipt.lines.map((line) => ({
            inventory_item_id: line.inventory_item_id,
            location_id: receipt.to_location_id!,
            adjustment: line.quantity,
            sku: line.sku ?? undefined,
            create_missing_level: true,
          }))
        )
      )
      emitStockLevelEvents(adjusted)
      return updateRestockOrderStatusStep(
        transform({ receipt }, ({ receipt }) => ({ restock_order_id: receipt.restock_order_id! }))
      )
    })
    return new WorkflowResponse(
      transform({ transfer, status }, ({ transfer, status }) => ({
        transfer_id: transfer.transfer_id,
        created: transfer.created,
        status: status ?? null,
      }))
    )
  }
)
