import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../types/module-names"

export type RestockReceipt = {
  /** False when the fulfilment is no restock order's, is canceled, or was received already. */
  receive: boolean
  fulfillment_id: string
  restock_order_id: string | null
  order_id: string | null
  from_location_id: string | null
  to_location_id: string | null
  lines: { inventory_item_id: string; sku: string | null; title: string | null; quantity: number }[]
}

export const loadRestockFulfilmentStepId = "restock-load-fulfilment"

/**
 * Loads what a fulfilment shipped, if it belongs to a dealer's restock order
 * and has not been received yet: the shipping location, the dealer's target
 * location and the fulfilled inventory items (summed per item).
 *
 * @example
 * const receipt = loadRestockFulfilmentStep({ fulfillment_id: "ful_1" })
 */
export const loadRestockFulfilmentStep = createStep(
  loadRestockFulfilmentStepId,
  async (input: { fulfillment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    const none: RestockReceipt = {
      receive: false,
      fulfillment_id: input.fulfillment_id,
      restock_order_id: null,
      order_id: null,
      from_location_id: null,
      to_location_id: null,
      lines: [],
    }
    const { data: links } = await query.graph({
      entity: "order_fulfillment",
      fields: ["order_id", "fulfillment_id"],
      filters: { fulfillment_id: input.fulfillment_id },
    })
    const orderId = (links[0] as any)?.order_id as string | undefined
    if (!orderId) {
      return new StepResponse(none)
    }
    const [restock] = await warehouse.listRestockOrders({ order_id: orderId }, { take: 1 })
    if (!restock || restock.status === "canceled") {
      return new StepResponse(none)
    }
    const [already] = await warehouse.listStockTransfers({ fulfillment_id: input.fulfillment_id }, { take: 1 })
    if (already) {
      return new StepResponse(none)
    }
    const {
      data: [fulfillment],
    } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "location_id", "canceled_at", "items.inventory_item_id", "items.quantity", "items.sku", "items.title"],
      filters: { id: input.fulfillment_id },
    })
    if (!fulfillment || fulfillment.canceled_at) {
      return new StepResponse(none)
    }
    const lines = new Map<string, RestockReceipt["lines"][number]>()
    for (const item of (fulfillment.items ?? []) as any[]) {
      if (!item?.inventory_item_id) {
        continue // an item without managed inventory has no level to receive into
      }
      const line = lines.get(item.inventory_item_id) ?? {
        inventory_item_id: item.inventory_item_id,
        sku: item.sku ?? null,
        title: item.title ?? null,
        quantity: 0,
      }
      line.quantity += Number(item.quantity)
      lines.set(item.inventory_item_id, line)
    }
    const positive = [...lines.values()].filter((l) => l.quantity > 0)
    return new StepResponse<RestockReceipt>({
      receive: positive.length > 0,
      fulfillment_id: input.fulfillment_id,
      restock_order_id: restock.id,
      order_id: orderId,
      from_location_id: (fulfillment.location_id as string) ?? restock.source_location_id,
      to_location_id: restock.target_location_id,
      lines: positive,
    })
  }
)
