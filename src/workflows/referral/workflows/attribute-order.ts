import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { bindCustomerStep } from "../steps/bind-customer"
import { createOrderAttributionStep } from "../steps/create-order-attribution"
import { decideCartAttributionStep } from "../steps/decide-cart-attribution"
import { loadOrderForAttributionStep } from "../steps/load-order-for-attribution"
import { syncOrderSalesFactsWorkflow } from "../../reporting/workflows/sync-order-sales-facts"

export const attributeOrderWorkflowId = "attribute-order"

export type AttributeOrderWorkflowInput = {
  order_id: string
  /**
   * Recompute the order's sales facts at the end (default true). The order.placed
   * subscriber passes false because the accrual it runs next recomputes them.
   */
  sync_sales_facts?: boolean
}

/**
 * Freezes which dealer brought an order — with the dealer's upline chain at
 * that moment — from the touches recorded on its cart, the buyer's binding
 * and the plugin's rules; then binds a first-time customer to that dealer.
 * Safe to run any number of times for the same order. Ends by recomputing
 * the order's sales facts unless `sync_sales_facts: false`.
 *
 * @example
 * await attributeOrderWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const attributeOrderWorkflow = createWorkflow(
  attributeOrderWorkflowId,
  (input: AttributeOrderWorkflowInput) => {
    const order = loadOrderForAttributionStep(input)
    const decided = decideCartAttributionStep(
      transform({ order }, ({ order }) => ({ cart_id: order.cart_id, customer_id: order.customer_id, at: order.created_at }))
    )
    const frozen = createOrderAttributionStep(
      transform({ order, decided }, ({ order, decided }) => ({
        order_id: order.id,
        cart_id: order.cart_id,
        customer_id: order.customer_id,
        attribution: decided,
      }))
    )
    when({ order, frozen }, ({ order, frozen }) =>
      Boolean(
        frozen.created &&
          order.customer_id &&
          frozen.attribution.dealer_id &&
          frozen.attribution.commissionable &&
          frozen.attribution.source !== "binding"
      )
    ).then(() => {
      bindCustomerStep(
        transform({ order, frozen }, ({ order, frozen }) => ({
          customer_id: order.customer_id!,
          dealer_id: frozen.attribution.dealer_id!,
          link_id: frozen.attribution.link_id ?? null,
          order_id: order.id,
          source: "order" as const,
        }))
      )
    })
    // Left out only by a caller that syncs the facts itself right after (the order.placed
    // subscriber's accrual does, under the order's lock): used alone, the workflow leaves them right.
    when({ input }, ({ input }) => input.sync_sales_facts !== false).then(() => {
      syncOrderSalesFactsWorkflow.runAsStep({ input: { order_id: input.order_id } })
    })
    return new WorkflowResponse(frozen)
  }
)
