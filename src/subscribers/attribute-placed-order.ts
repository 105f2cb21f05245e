import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type DistributionModuleService from "../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../types/module-names"
import { accrueOrderCommissionWorkflow } from "../workflows/commission/workflows/accrue-order-commission"
import { attributeOrderWorkflow } from "../workflows/referral/workflows/attribute-order"
import { isRestockFlagged } from "../workflows/warehouse/steps/route-load-order"
import { routePlacedOrderStockWorkflow } from "../workflows/warehouse/workflows/route-placed-order-stock"

/**
 * Freezes the attribution of every placed order, routes its stock (a
 * restock order, or `fulfil_from_dealer_stock`: both read the attribution's
 * dealer), then accrues its commission. Events arrive at least once; all
 * three workflows write once per order however often they run, and each
 * reads what the one before wrote, so they run one after the other here
 * rather than as racing subscribers. The order's sales facts are
 * recomputed once, at the end of the accrual.
 *
 * A backlog (orders placed while the subscriber was down, imported orders)
 * is drained in batches by `accrueOrderBacklog` (the hourly
 * accrue-order-backlog job, or `src/scripts/accrue-order-backlog.ts`), which
 * writes exactly the rows this sequence writes.
 */
export default async function attributePlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.data.id
  // The accrual below recomputes the order's sales facts (it runs for every order,
  // attributed or not), so the attribution does not recompute them first.
  await attributeOrderWorkflow(container).run({ input: { order_id: orderId, sync_sales_facts: false } })
  if (await needsStockRouting(container, orderId)) {
    try {
      await routePlacedOrderStockWorkflow(container).run({ input: { order_id: orderId } })
    } catch (e: any) {
      // The order keeps Medusa's own reservations; commission must not wait on stock routing.
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`distribution: routing the stock of order ${orderId} failed: ${e?.message ?? e}`)
    }
  }
  await accrueOrderCommissionWorkflow(container).run({ input: { order_id: orderId } })
}

/** With `fulfil_from_dealer_stock` off, only a restock-flagged order is routed: one read of its metadata. */
async function needsStockRouting(container: SubscriberArgs<unknown>["container"], orderId: string): Promise<boolean> {
  if (container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions().fulfil_from_dealer_stock) {
    return true
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: orderId } })
  return isRestockFlagged(data[0]?.metadata as Record<string, unknown> | null)
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "distribution-attribute-placed-order" },
}
