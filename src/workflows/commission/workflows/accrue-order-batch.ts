import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { attributeOrderBatchStep } from "../../referral/steps/attribute-order-batch"
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
 * read in one `query.graph` call (buyer and cart first, for attribution,
 * then the lines, by the step that splits them; a batch of up to ten
 * orders, such as the order.placed subscriber's batch of one, all at
 * once); attributions and bindings written in one transaction of
 * multi-row inserts (a lone attribution without a binding: one statement),
 * from inputs read in one statement for the whole batch; splits computed
 * by `computeSplit` with the plan read once; the sales fact rows upserted
 * once, by the step that computes them (one statement that also reads the
 * rows it replaces, for its compensation); then the splits and ledger
 * entries in one transaction, last. Every insert is `ON CONFLICT
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
  // Steps pass each other only what the next one needs, and no transform re-reads a
  // large output: the engine copies a step's whole output each time it is read.
  const { orders, full } = loadOrderBatchStep(input)
  const attributed = attributeOrderBatchStep({ orders })
  const prepared = prepareOrderBatchStep(
    transform({ attributed, full }, ({ attributed, full }) => ({ attributions: attributed.attributions, full }))
  )
  const recorded = recordOrderBatchStep(prepared)
  releaseLockStep({ key: lock.keys, ownerId: lock.owner })
  return new WorkflowResponse(
    // Only the counts of `attributed`: its attributions are not copied again.
    transform(
      { orders, created: attributed.created, bindings: attributed.bindings, failed: attributed.failed, recorded },
      ({ orders, created, bindings, failed, recorded }) => ({
        orders: orders.length,
        attributed: created,
        bindings,
        accrued: recorded.orders,
        entries: recorded.entries,
        failed,
        /** Restock-flagged orders of the batch (the order.placed subscriber routes their stock). */
        restock_flagged: orders.filter((o) => o.restock_flagged).map((o) => o.id),
      })
    )
  )
})
