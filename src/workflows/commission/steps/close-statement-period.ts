import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { periodRange } from "../../../lib/commission/period"
import type CommissionModuleService from "../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../types/module-names"

const PAGE = 500

export const closeStatementPeriodStepId = "close-statement-period"

/**
 * Snapshots every dealer's statement of a closed month (opening, totals by
 * kind and status, closing). Existing snapshots are kept as they are, so
 * the job can run daily and catch a missed month without rewriting one.
 * No compensation: a snapshot records what the ledger said, and a retry
 * writes the ones still missing.
 *
 * @example
 * closeStatementPeriodStep({ period: "2026-10" })
 */
export const closeStatementPeriodStep = createStep(
  closeStatementPeriodStepId,
  async (input: { period: string }, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const range = periodRange(input.period, commission.getOptions().timezone)
    let written = 0
    for (let offset = 0; ; offset += PAGE) {
      const { rows } = await commission.periodTotals(range, {}, { offset, limit: PAGE })
      written += await commission.snapshotStatements(input.period, range, rows)
      if (rows.length < PAGE) break
    }
    return new StepResponse({ period: input.period, written })
  }
)
