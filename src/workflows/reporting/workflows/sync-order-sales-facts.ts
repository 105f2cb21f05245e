import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderCommissionLockKey } from "../../commission/utils/order-lock"
import { syncOrderSalesFactsStep } from "../steps/sync-order-sales-facts"

export const syncOrderSalesFactsWorkflowId = "sync-order-sales-facts"

/**
 * Brings an order's sales fact rows up to date, under the order's
 * commission lock so it never interleaves with an accrual or reversal of
 * the same order (whose workflows run `syncOrderSalesFactsStep` inside
 * that lock themselves). Idempotent.
 *
 * @example
 * await syncOrderSalesFactsWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const syncOrderSalesFactsWorkflow = createWorkflow(
  syncOrderSalesFactsWorkflowId,
  (input: { order_id: string }) => {
    const key = transform({ input }, ({ input }) => orderCommissionLockKey(input.order_id))
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const result = syncOrderSalesFactsStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(result)
  }
)
