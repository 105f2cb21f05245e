import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateWithdrawalStep, ValidateWithdrawalInput } from "../steps/validate-withdrawal"
import { createPayoutBatchWorkflow } from "./create-payout-batch"

export const requestWithdrawalWorkflowId = "request-withdrawal"

/**
 * A dealer asks to be paid its available balance now (提现): a one-dealer
 * batch (source `withdrawal`) that waits for an admin's approval like any
 * other. The money is reserved at once, so it can't be asked for twice.
 *
 * @example
 * const { result } = await requestWithdrawalWorkflow(container).run({ input: { dealer_id, currency_code: "cny", customer_id } })
 */
export const requestWithdrawalWorkflow = createWorkflow(
  requestWithdrawalWorkflowId,
  (input: ValidateWithdrawalInput & { customer_id: string }) => {
    const { provider_id } = validateWithdrawalStep(input)
    const batch = createPayoutBatchWorkflow.runAsStep({
      input: transform({ input, provider_id }, ({ input, provider_id }) => ({
        currency_code: input.currency_code,
        provider_id,
        dealer_ids: [input.dealer_id],
        source: "withdrawal" as const,
        note: null,
        created_by: input.customer_id,
        require_any: true,
      })),
    })
    return new WorkflowResponse(batch)
  }
)
