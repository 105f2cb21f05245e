import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../types/module-names"
import { accrueOrderBatchWorkflow } from "../workflows/commission/workflows/accrue-order-batch"
import { routePlacedOrderStockWorkflow } from "../workflows/warehouse/workflows/route-placed-order-stock"

/**
 * Freezes the attribution of every placed order (binding a first-time
 * customer), accrues its commission (with the reversals of an order
 * canceled, returned or refunded before its accrual) and recomputes its
 * sales facts — in one run of `accrueOrderBatchWorkflow` with a batch of
 * one order, under the order's commission lock — then routes its stock (a
 * restock order, or `fulfil_from_dealer_stock`: both read the attribution's
 * dealer, written by then; nothing the accrual writes depends on routing).
 *
 * It writes exactly the rows `attributeOrderWorkflow` followed by
 * `accrueOrderCommissionWorkflow` write (both stay exported, for one order
 * at a time): the batch decides attributions and splits with the same
 * functions (`decideAttribution`, `computeSplit`, `buildReversalEntries`,
 * `buildSalesFactRows`); commission-batch.spec.ts and bench:commission
 * compare the rows of both paths on the same orders. One workflow run instead of two, one
 * `query.graph` of the order instead of three, 25 SQL statements instead
 * of 32: about three quarters of the Node CPU (bench:commission).
 *
 * Events arrive at least once: every write is idempotent (`ON CONFLICT DO
 * NOTHING` on the order, the binding and each entry's key; an order
 * accrued already gets only the reversals now due), so a re-delivered or
 * concurrent event writes nothing twice. An order that does not exist, or
 * whose attributed dealer was deleted, fails the subscriber, as the
 * per-order workflows do, with nothing written.
 *
 * A backlog (orders placed while the subscriber was down, imported orders)
 * is drained by the same workflow in batches of 500 by `accrueOrderBacklog`
 * (the hourly accrue-order-backlog job, or `src/scripts/accrue-order-backlog.ts`).
 */
export default async function attributePlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.data.id
  const { result } = await accrueOrderBatchWorkflow(container).run({ input: { order_ids: [orderId] } })
  if (!result.orders) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  if (result.failed.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, result.failed[0].reason)
  }
  const { fulfil_from_dealer_stock } = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions()
  // With `fulfil_from_dealer_stock` off, only a restock-flagged order is routed (the batch read its metadata).
  if (fulfil_from_dealer_stock || result.restock_flagged.includes(orderId)) {
    try {
      await routePlacedOrderStockWorkflow(container).run({ input: { order_id: orderId } })
    } catch (e: any) {
      // The order keeps Medusa's own reservations; commission does not wait on stock routing.
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`distribution: routing the stock of order ${orderId} failed: ${e?.message ?? e}`)
    }
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "distribution-attribute-placed-order" },
}
