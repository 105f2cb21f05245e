import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeOrderWorkflow } from "../workflows/referral/workflows/attribute-order"

/**
 * Freezes the attribution of every placed order. Events arrive at least
 * once; the workflow writes one attribution per order however often it runs.
 */
export default async function attributePlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "distribution-attribute-placed-order" },
}
