import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FactOrder } from "../../../lib/reporting/sales-fact-rows"
import type ReportingModuleService from "../../../modules/reporting/service"
import { REPORTING_MODULE } from "../../../types/module-names"
import { computeSalesFacts } from "../utils/sync-sales-facts"
import { restoreSalesFacts } from "./write-sales-facts"

export type SyncOrderSalesFactsInput = {
  order_id?: string
  order_ids?: string[]
  orders?: FactOrder[] | null
}

export const syncOrderSalesFactsStepId = "sync-order-sales-facts"

/**
 * Recomputes an order's sales fact rows — one per line — from the order
 * (lines, discounts, returns, refunds, cancellation), its attribution and
 * its commission entries, and upserts them. The rows depend only on that
 * state, so running it after every event, twice, or out of order converges
 * on the same rows. Compensation puts the previous rows back.
 *
 * `order_ids` syncs several orders in one read and one upsert (the batched
 * accrual); `orders` are the orders as the caller already read them (with
 * `SALES_FACT_ORDER_FIELDS`, under the orders' lock), so they are not read again.
 *
 * @example
 * syncOrderSalesFactsStep({ order_id: "order_1" })
 */
export const syncOrderSalesFactsStep = createStep(
  syncOrderSalesFactsStepId,
  async (input: SyncOrderSalesFactsInput, { container }) => {
    const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    const ids = input.order_ids ?? (input.order_id ? [input.order_id] : [])
    const { order_ids, rows } = await computeSalesFacts(container, ids, input.orders ?? undefined)
    if (!order_ids.length) {
      return new StepResponse({ written: 0, deleted: 0 }, null)
    }
    const previous = await reporting.listOrderFacts(order_ids)
    const result = await reporting.replaceOrderFacts(order_ids, rows)
    return new StepResponse(result, { order_ids, previous })
  },
  restoreSalesFacts
)
