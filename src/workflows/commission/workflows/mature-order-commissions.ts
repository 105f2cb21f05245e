import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MatureOrderCommissionsInput, matureOrderCommissionsStep } from "../steps/mature-order-commissions"

export const matureOrderCommissionsWorkflowId = "mature-order-commissions"

/**
 * Makes pending commission available where the order is fulfilled, past its
 * hold period and has no open return: for named orders (an admin's action,
 * which may skip the hold) or for every order (the scheduled job).
 *
 * @example
 * await matureOrderCommissionsWorkflow(container).run({ input: {} })
 */
export const matureOrderCommissionsWorkflow = createWorkflow(
  matureOrderCommissionsWorkflowId,
  (input: MatureOrderCommissionsInput) => {
    return new WorkflowResponse(matureOrderCommissionsStep(input))
  }
)
