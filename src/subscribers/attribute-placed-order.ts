import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { accrueOrderCommissionWorkflow } from "../workflows/commission/workflows/accrue-order-commission"
import { attributeOrderWorkflow } from "../workflows/referral/workflows/attribute-order"

/**
 * Freezes the attribution of every placed order, then accrues its
 * commission. Events arrive at least once; both workflows write once per
 * order however often they run, and the accrual reads the attribution, so
 * they run one after the other here rather than as two racing subscribers.
 */
export default async function attributePlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
  await accrueOrderCommissionWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "distribution-attribute-placed-order" },
}
