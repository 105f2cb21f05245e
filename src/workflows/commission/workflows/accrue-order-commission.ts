import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareOrderAccrualStep } from "../steps/prepare-order-accrual"
import { recordOrderCommissionStep } from "../steps/record-order-commission"
import { syncOrderReversalsStep } from "../steps/sync-order-reversals"
import { syncOrderSalesFactsStep } from "../../reporting/steps/sync-order-sales-facts"
import { orderCommissionLockKey } from "../utils/order-lock"

export const accrueOrderCommissionWorkflowId = "accrue-order-commission"

/**
 * Splits an attributed order's commission up its frozen chain and writes the
 * `pending` accruals, once. If the order was canceled, returned or refunded
 * before it was accrued (events arrive in any order), the matching reversals
 * are written in the same run.
 *
 * @example
 * await accrueOrderCommissionWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const accrueOrderCommissionWorkflow = createWorkflow(
  accrueOrderCommissionWorkflowId,
  (input: { order_id: string }) => {
    const key = transform({ input }, ({ input }) => orderCommissionLockKey(input.order_id))
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    // The order is read once, under the lock, and passed on to the reversals and the facts.
    const prepared = prepareOrderAccrualStep(input)
    const recorded = recordOrderCommissionStep(transform({ prepared }, ({ prepared }) => prepared.accrual))
    const reversals = syncOrderReversalsStep(
      transform({ input, prepared }, ({ input, prepared }) => ({ order_id: input.order_id, order: prepared.order }))
    ).config({ name: "sync-reversals-after-accrual" })
    syncOrderSalesFactsStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        order_id: input.order_id,
        orders: prepared.fact_order ? [prepared.fact_order] : null,
      }))
    )
    releaseLockStep({ key })
    return new WorkflowResponse({ recorded, reversals })
  }
)
