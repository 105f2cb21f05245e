import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { restockStatus } from "../../../lib/warehouse/stock-routing"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../types/module-names"
import type { RestockOrderStatus } from "../../../types/warehouse"

export const updateRestockOrderStatusStepId = "restock-update-status"

/**
 * Sets a restock order to `partially_received` or `received` from what its
 * order asked for (inventory items × quantities) and what its received
 * restock transfers brought in.
 *
 * @example
 * updateRestockOrderStatusStep({ restock_order_id: "rstk_1" })
 */
export const updateRestockOrderStatusStep = createStep(
  updateRestockOrderStatusStepId,
  async (input: { restock_order_id: string }, { container }) => {
    const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const restock = await warehouse.retrieveRestockOrder(input.restock_order_id)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.quantity", "items.detail.quantity", "items.variant.inventory_items.inventory_item_id", "items.variant.inventory_items.required_quantity"],
      filters: { id: restock.order_id },
    })
    const ordered: { inventory_item_id: string; quantity: number }[] = []
    for (const item of (order?.items ?? []) as any[]) {
      for (const link of item?.variant?.inventory_items ?? []) {
        ordered.push({
          inventory_item_id: link.inventory_item_id,
          quantity: Number(item.quantity ?? item.detail?.quantity ?? 0) * Number(link.required_quantity ?? 1),
        })
      }
    }
    const transfers = await warehouse.listStockTransfers(
      { order_id: restock.order_id, kind: "restock", status: "received" },
      { relations: ["lines"] }
    )
    const received = transfers.flatMap((t) =>
      (t.lines ?? []).map((l) => ({ inventory_item_id: l.inventory_item_id, quantity: Number(l.received_quantity ?? 0) }))
    )
    const status = restockStatus(ordered, received)
    if (status === restock.status) {
      return new StepResponse(status, null)
    }
    await warehouse.updateRestockOrders({ id: restock.id, status })
    return new StepResponse(status, { id: restock.id, status: restock.status as RestockOrderStatus })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE).updateRestockOrders(previous)
  }
)
