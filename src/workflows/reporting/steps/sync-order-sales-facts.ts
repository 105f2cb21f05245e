import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type ReportingModuleService from "../../../modules/reporting/service"
import { REPORTING_MODULE } from "../../../types/module-names"
import { computeSalesFacts } from "../utils/sync-sales-facts"

export const syncOrderSalesFactsStepId = "sync-order-sales-facts"

/**
 * Recomputes an order's sales fact rows — one per line — from the order
 * (lines, discounts, returns, refunds, cancellation), its attribution and
 * its commission entries, and upserts them. The rows depend only on that
 * state, so running it after every event, twice, or out of order converges
 * on the same rows. Compensation puts the previous rows back.
 *
 * @example
 * syncOrderSalesFactsStep({ order_id: "order_1" })
 */
export const syncOrderSalesFactsStep = createStep(
  syncOrderSalesFactsStepId,
  async (input: { order_id: string }, { container }) => {
    const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    const { order_ids, rows } = await computeSalesFacts(container, [input.order_id])
    if (!order_ids.length) {
      return new StepResponse({ written: 0, deleted: 0 }, null)
    }
    const previous = await reporting.listOrderFacts(order_ids)
    const result = await reporting.replaceOrderFacts(order_ids, rows)
    return new StepResponse(result, { order_ids, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    await reporting.replaceOrderFacts(
      undo.order_ids,
      undo.previous.map((r) => ({ ...r, placed_at: new Date(r.placed_at) }))
    )
  }
)
