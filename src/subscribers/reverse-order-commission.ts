import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderCommissionWorkflow } from "../workflows/commission/workflows/reverse-order-commission"

/**
 * Claws commission back when an order is canceled or goods come back. The
 * workflow compares the order's current state with the reversals already
 * written, so duplicate or reordered events change nothing.
 */
export default async function reverseOrderCommission({ event, container }: SubscriberArgs<{ id: string; order_id?: string }>) {
  // order.canceled carries the order id; order.return_received the order id too (as order_id).
  const orderId = event.data.order_id ?? event.data.id
  await reverseOrderCommissionWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: ["order.canceled", "order.return_received"],
  context: { subscriberId: "distribution-reverse-order-commission" },
}
