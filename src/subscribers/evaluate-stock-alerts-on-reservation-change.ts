import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { stockPairsToEvaluate } from "../workflows/warehouse/utils/stock-alert-prefilter"
import { warehouseService } from "../workflows/warehouse/utils/warehouse-service"
import { evaluateStockAlertsWorkflow } from "../workflows/warehouse/workflows/evaluate-stock-alerts"

type ReservationEvent = { id: string } | { id: string }[]

/**
 * A reservation was made (an order placed), changed or released (a
 * fulfilment, a cancellation): the available quantity of its item at its
 * location moved, so re-evaluate that alert. A released reservation is read
 * with its soft-deleted row; if even that is gone, every open alert is
 * re-evaluated instead (a release can only close alerts). The workflow only
 * starts for pairs where an alert could open or close (`stockPairsToEvaluate`):
 * a checkout of unwatched or well-stocked items costs two or three reads.
 */
export default async function evaluateStockAlertsOnReservationChange({ event, container }: SubscriberArgs<ReservationEvent>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d?.id).filter(Boolean) as string[]
  if (!ids.length) return
  const reservations = await container
    .resolve(Modules.INVENTORY)
    .listReservationItems({ id: ids }, { select: ["id", "inventory_item_id", "location_id"], withDeleted: true, take: null })
  const pairs = reservations.map((r) => ({ inventory_item_id: r.inventory_item_id, location_id: r.location_id }))
  if (reservations.length < ids.length) {
    const open = await warehouseService(container).listStockAlerts(
      { status: "open" },
      { select: ["inventory_item_id", "location_id"], take: null }
    )
    pairs.push(...open.map((a: any) => ({ inventory_item_id: a.inventory_item_id, location_id: a.location_id })))
  }
  const toEvaluate = await stockPairsToEvaluate(container, pairs)
  if (!toEvaluate.length) return
  await evaluateStockAlertsWorkflow(container).run({ input: { pairs: toEvaluate } })
}

export const config: SubscriberConfig = {
  event: ["reservation-item.created", "reservation-item.updated", "reservation-item.deleted"],
  context: { subscriberId: "distribution-stock-alerts-reservation" },
}
