import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeStatementPeriodStep } from "../steps/close-statement-period"

export const closeStatementPeriodWorkflowId = "close-statement-period"

/**
 * Freezes every dealer's statement of a closed month; later reversals land
 * in the month they happen in.
 *
 * @example
 * await closeStatementPeriodWorkflow(container).run({ input: { period: "2026-10" } })
 */
export const closeStatementPeriodWorkflow = createWorkflow(
  closeStatementPeriodWorkflowId,
  (input: { period: string }) => new WorkflowResponse(closeStatementPeriodStep(input))
)
