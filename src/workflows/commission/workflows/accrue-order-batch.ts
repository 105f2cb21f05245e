import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { attributeOrderBatchStep } from "../../referral/steps/attribute-order-batch"
import { writeSalesFactsStep } from "../../reporting/steps/write-sales-facts"
import { loadOrderBatchStep, prepareOrderBatchStep, recordOrderBatchStep } from "../steps/accrue-order-batch"
import { orderCommissionLockKey } from "../utils/order-lock"

export const accrueOrderBatchWorkflowId = "accrue-order-batch"

export type AccrueOrderBatchInput = { order_ids: string[] }

/**
 * Attributes and accrues a batch of placed orders in one run — the
 * order.placed subscriber's attribution and accrual for many orders at once,
 * writing exactly the rows they write (attributions, first-time bindings,
 * splits, accruals, reversals of orders changed before they were accrued,
 * sales facts) — for draining a backlog: orders placed while the event bus
 * or a worker was down, imported orders, a peak day.
 *
 * Under the commission lock of every order of the batch: the orders are
 * read in one `query.graph` call; attributions and bindings written in one
 * transaction of multi-row inserts; splits computed by `computeSplit` with
 * the plan read once; the sales fact rows upserted once; then the splits
 * and ledger entries in one transaction, last. Every insert is `ON CONFLICT
 * DO NOTHING` on its unique key, so a batch run twice, or racing the
 * per-order subscriber, writes each row once. A failure undoes the
 * attributions, bindings and fact rows the run wrote (the ledger write is
 * one transaction: all or nothing).
 *
 * @example
 * const { result } = await accrueOrderBatchWorkflow(container).run({ input: { order_ids } })
 */
export const accrueOrderBatchWorkflow = createWorkflow(accrueOrderBatchWorkflowId, (input: AccrueOrderBatchInput) => {
  const lock = transform({ input }, ({ input }) => ({
    // Sorted, so two batches sharing orders queue on the same first key instead of deadlocking.
    keys: [...new Set(input.order_ids)].sort().map(orderCommissionLockKey),
    owner: generateEntityId(undefined, "accrue_batch"),
  }))
  acquireLockStep({ key: lock.keys, ownerId: lock.owner, timeout: 60, ttl: 300 })
  const { orders } = loadOrderBatchStep(input)
  const attributed = attributeOrderBatchStep(
    transform({ orders }, ({ orders }) => ({
      orders: orders.map((o) => ({ id: o.id, customer_id: o.customer_id, cart_id: o.cart_id, created_at: o.created_at })),
    }))
  )
  const prepared = prepareOrderBatchStep(
    transform({ orders, attributed }, ({ orders, attributed }) => ({ orders, attributions: attributed.attributions }))
  )
  writeSalesFactsStep(
    transform({ prepared }, ({ prepared }) => ({ order_ids: prepared.order_ids, rows: prepared.fact_rows }))
  )
  const recorded = recordOrderBatchStep(
    transform({ prepared }, ({ prepared }) => ({ records: prepared.records, reversals: prepared.reversals }))
  )
  releaseLockStep({ key: lock.keys, ownerId: lock.owner })
  return new WorkflowResponse(
    transform({ orders, attributed, recorded }, ({ orders, attributed, recorded }) => ({
      orders: orders.length,
      attributed: attributed.created,
      bindings: attributed.bindings,
      accrued: recorded.orders,
      entries: recorded.entries,
      failed: attributed.failed,
    }))
  )
})
