import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { savePayoutAccountStep, SavePayoutAccountInput } from "../steps/save-payout-account"

export const savePayoutAccountWorkflowId = "save-payout-account"

/**
 * Sets a dealer's payout account with a provider (the dealer signed in, or
 * an admin for manual bank accounts), recording the change.
 *
 * @example
 * await savePayoutAccountWorkflow(container).run({ input: { dealer_id, provider_id: "wechatpay", fields: { openid, real_name }, actor_type: "customer", actor_id: customerId } })
 */
export const savePayoutAccountWorkflow = createWorkflow(savePayoutAccountWorkflowId, (input: SavePayoutAccountInput) =>
  new WorkflowResponse(savePayoutAccountStep(input))
)
