import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncOrderReversalsStep } from "../steps/sync-order-reversals"
import { syncOrderSalesFactsStep } from "../../reporting/steps/sync-order-sales-facts"
import { orderCommissionLockKey } from "../utils/order-lock"

export const reverseOrderCommissionWorkflowId = "reverse-order-commission"

/**
 * Brings an order's reversals up to what the order now is (canceled,
 * returned, refunded). Run on every such event; running it again, or for
 * events in another order, writes nothing more.
 *
 * @example
 * await reverseOrderCommissionWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const reverseOrderCommissionWorkflow = createWorkflow(
  reverseOrderCommissionWorkflowId,
  (input: { order_id: string }) => {
    const key = transform({ input }, ({ input }) => orderCommissionLockKey(input.order_id))
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const result = syncOrderReversalsStep(input)
    syncOrderSalesFactsStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(result)
  }
)
