import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type DistributionModuleService from "../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../types/module-names"
import { receiveRestockFulfilmentWorkflow } from "../workflows/warehouse/workflows/receive-restock-fulfilment"

const RECEIVE_EVENT = {
  fulfilled: "order.fulfillment_created",
  delivered: "delivery.created",
} as const

/**
 * Receives a shipped (or, with `restock_receive_on: "delivered"`, delivered)
 * fulfilment of a dealer's restock order into the dealer's own location.
 * Both events are heard; the option picks which one counts. Fulfilments of
 * other orders, and repeats, write nothing.
 */
export default async function receiveRestockFulfilment({
  event,
  container,
}: SubscriberArgs<{ order_id?: string; fulfillment_id?: string; id?: string }>) {
  const { restock_receive_on } = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions()
  if (event.name !== RECEIVE_EVENT[restock_receive_on]) {
    return
  }
  // order.fulfillment_created carries { order_id, fulfillment_id }; delivery.created { id: fulfillment id }.
  const fulfillmentId = event.data.fulfillment_id ?? event.data.id
  if (!fulfillmentId) {
    return
  }
  await receiveRestockFulfilmentWorkflow(container).run({ input: { fulfillment_id: fulfillmentId } })
}

export const config: SubscriberConfig = {
  event: [RECEIVE_EVENT.fulfilled, RECEIVE_EVENT.delivered],
  context: { subscriberId: "distribution-receive-restock-fulfilment" },
}
