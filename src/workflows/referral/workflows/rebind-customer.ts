import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { bindCustomerStep } from "../steps/bind-customer"
import { endCustomerBindingStep } from "../steps/end-customer-binding"
import { validateRebindStep } from "../steps/validate-rebind"

export type RebindCustomerInput = {
  customer_id: string
  dealer_id: string
  reason: string
  actor_id?: string | null
}

export const rebindCustomerWorkflowId = "rebind-customer"

/**
 * The admin moves a customer's binding to another dealer, with a reason. The
 * previous binding is ended, not erased, so the history shows every change.
 *
 * @example
 * await rebindCustomerWorkflow(container).run({ input: { customer_id: "cus_1", dealer_id: "dlr_2", reason: "Moved city", actor_id: "user_1" } })
 */
export const rebindCustomerWorkflow = createWorkflow(rebindCustomerWorkflowId, (input: RebindCustomerInput) => {
  validateRebindStep(transform(input, ({ customer_id, dealer_id }) => ({ customer_id, dealer_id })))
  endCustomerBindingStep(
    transform(input, ({ customer_id, reason }) => ({ customer_id, reason: `Rebound: ${reason}` }))
  )
  const binding = bindCustomerStep(
    transform(input, ({ customer_id, dealer_id, actor_id }) => ({
      customer_id,
      dealer_id,
      source: "admin" as const,
      actor_id: actor_id ?? null,
    }))
  )
  return new WorkflowResponse(binding)
})
