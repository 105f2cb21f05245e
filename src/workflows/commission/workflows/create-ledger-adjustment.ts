import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateLedgerAdjustmentInput, createLedgerAdjustmentStep } from "../steps/create-ledger-adjustment"

export const createLedgerAdjustmentWorkflowId = "create-ledger-adjustment"

/**
 * Adds a manual adjustment to a dealer's commission ledger, with its
 * mandatory reason and the admin who made it.
 *
 * @example
 * await createLedgerAdjustmentWorkflow(container).run({ input: { dealer_id, amount: "50.00", currency_code: "cny", reason: "Launch bonus", created_by: "user_1", idempotency_key: "adj_1" } })
 */
export const createLedgerAdjustmentWorkflow = createWorkflow(
  createLedgerAdjustmentWorkflowId,
  (input: CreateLedgerAdjustmentInput) => new WorkflowResponse(createLedgerAdjustmentStep(input))
)
