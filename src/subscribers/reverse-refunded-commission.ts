import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reverseOrderCommissionWorkflow } from "../workflows/commission/workflows/reverse-order-commission"

/**
 * A refund (payment.refunded carries the payment id) claws back the
 * commission of the payment's order in proportion to what was refunded.
 */
export default async function reverseRefundedCommission({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (payment as any)?.payment_collection?.order?.id
  if (orderId) {
    await reverseOrderCommissionWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "distribution-reverse-refunded-commission" },
}
