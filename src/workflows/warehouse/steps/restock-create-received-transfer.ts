import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../types/module-names"
import type { RestockReceipt } from "./restock-load-fulfilment"

export const createReceivedRestockTransferStepId = "restock-create-received-transfer"

/**
 * Records the inbound restock transfer of one fulfilment, directly
 * `received`. The unique index on fulfillment_id makes it once only: when a
 * duplicate event or a concurrent worker got there first, `created` is false
 * and the caller changes no stock. A receipt with nothing to receive writes nothing.
 *
 * @example
 * const { transfer, created } = createReceivedRestockTransferStep(receipt)
 */
export const createReceivedRestockTransferStep = createStep(
  createReceivedRestockTransferStepId,
  async (input: RestockReceipt, { container }) => {
    const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    if (!input.receive) {
      return new StepResponse({ transfer_id: null as string | null, created: false }, null)
    }
    const now = new Date()
    let transfer: { id: string }
    try {
      transfer = await warehouse.createStockTransfers({
        kind: "restock",
        status: "received",
        from_location_id: input.from_location_id!,
        to_location_id: input.to_location_id!,
        order_id: input.order_id,
        fulfillment_id: input.fulfillment_id,
        shipped_at: now,
        received_at: now,
      })
    } catch (e) {
      const [winner] = await warehouse.listStockTransfers({ fulfillment_id: input.fulfillment_id }, { take: 1 })
      if (winner) {
        return new StepResponse({ transfer_id: winner.id as string | null, created: false }, null)
      }
      throw e
    }
    try {
      await warehouse.createStockTransferLines(
        input.lines.map((line) => ({
          transfer_id: transfer.id,
          inventory_item_id: line.inventory_item_id,
          sku: line.sku,
          title: line.title,
          quantity: line.quantity,
          received_quantity: line.quantity,
          discrepancy_quantity: 0,
        }))
      )
    } catch (e) {
      await warehouse.deleteStockTransfers([transfer.id])
      throw e
    }
    return new StepResponse({ transfer_id: transfer.id as string | null, created: true }, transfer.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE).deleteStockTransfers([id])
  }
)
