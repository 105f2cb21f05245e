import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { restockSource, type ReservationReading } from "../../../lib/warehouse/stock-routing"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../types/module-names"

export type CreateRestockOrderInput = {
  order_id: string
  dealer_id: string
  target_location_id: string
  /** The upline's location the order was moved to, with the upline; null: the producer ships it. */
  chosen: { location_id: string; dealer_id: string } | null
  reservations: ReservationReading[]
}

export const createRestockOrderStepId = "route-create-restock-order"

/**
 * Records a dealer's restock order once per order (unique order_id): a
 * repeated event or a second worker finds the row and writes nothing.
 *
 * @example
 * createRestockOrderStep({ order_id: "order_1", dealer_id: "dlr_1", target_location_id: "sloc_1", chosen: null, reservations })
 */
export const createRestockOrderStep = createStep(
  createRestockOrderStepId,
  async (input: CreateRestockOrderInput, { container }) => {
    const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    const existing = async () => (await warehouse.listRestockOrders({ order_id: input.order_id }, { take: 1 }))[0]
    const found = await existing()
    if (found) {
      return new StepResponse(found, null)
    }
    const source = restockSource(input.chosen, input.reservations)
    try {
      const created = await warehouse.createRestockOrders({
        order_id: input.order_id,
        dealer_id: input.dealer_id,
        target_location_id: input.target_location_id,
        ...source,
      })
      return new StepResponse(created, created.id)
    } catch (e) {
      const winner = await existing()
      if (winner) {
        return new StepResponse(winner, null)
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE).deleteRestockOrders([id])
  }
)
