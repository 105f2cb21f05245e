import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SalesFactRow } from "../../../lib/reporting/sales-fact-rows"
import type ReportingModuleService from "../../../modules/reporting/service"
import { REPORTING_MODULE } from "../../../types/module-names"

export const writeSalesFactsStepId = "write-sales-facts"

type PreviousFacts = { order_ids: string[]; previous: Awaited<ReturnType<ReportingModuleService["listOrderFacts"]>> }

/** Compensation of the fact-writing steps: the orders' fact rows as they were before. */
export async function restoreSalesFacts(undo: PreviousFacts | null | undefined, { container }: { container: MedusaContainer }) {
  if (!undo) {
    return
  }
  const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
  await reporting.replaceOrderFacts(
    undo.order_ids,
    undo.previous.map((r) => ({ ...r, placed_at: new Date(r.placed_at) }))
  )
}

/**
 * Makes the fact rows of some orders exactly `rows` (one upsert per thousand
 * rows), for a caller that computed them with `buildSalesFactRows` from the
 * state it is about to write (the batched accrual). Compensation puts the
 * previous rows back.
 *
 * @example
 * writeSalesFactsStep({ order_ids: ["order_1"], rows })
 */
export const writeSalesFactsStep = createStep(
  writeSalesFactsStepId,
  async (input: { order_ids: string[]; rows: SalesFactRow[] }, { container }) => {
    if (!input.order_ids.length) {
      return new StepResponse({ written: 0, deleted: 0 }, null)
    }
    const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    const previous = await reporting.listOrderFacts(input.order_ids)
    const rows = input.rows.map((r) => ({ ...r, placed_at: new Date(r.placed_at) }))
    const result = await reporting.replaceOrderFacts(input.order_ids, rows)
    return new StepResponse(result, { order_ids: input.order_ids, previous })
  },
  restoreSalesFacts
)
