import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { customerTierService } from "../workflows/customer-tier/utils/customer-tier-service"
import { evaluateCustomerTiersWorkflow } from "../workflows/customer-tier/workflows/evaluate-customer-tiers"

/**
 * Re-evaluates the ordering customer's tier (客户分级) when an order is
 * placed. It runs alongside the subscriber that attributes the order and
 * writes its sales facts, so it does not wait for them: the evaluation
 * measures this order from the order itself and every other order from the
 * facts (see decideCustomerTiersStep), which counts the order exactly once
 * whichever subscriber finishes first. A duplicate event records nothing
 * (the tier is already the new one); the daily job catches anything missed.
 */
export default async function evaluateCustomerTierOnOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.data.id
  const [tier] = await customerTierService(container).listCustomerTiers({}, { select: ["id"], take: 1 })
  if (!tier) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
  const customerId = data[0]?.customer_id as string | undefined
  if (!customerId) {
    return
  }
  try {
    await evaluateCustomerTiersWorkflow(container).run({
      input: { customer_ids: [customerId], source: "order", order_id: orderId, order_customer_id: customerId },
    })
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`distribution: evaluating the customer tier after order ${orderId} failed: ${e?.message ?? e}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "distribution-evaluate-customer-tier" },
}
