import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createDealerApplicationStep,
  CreateDealerApplicationData,
} from "../steps/create-dealer-application"
import { validateDealerApplicationStep } from "../steps/validate-dealer-application"

export type SubmitDealerApplicationInput = {
  customer_id: string
  application: Omit<CreateDealerApplicationData, "customer_id" | "desired_parent_id">
}

export const submitDealerApplicationWorkflowId = "submit-dealer-application"

/**
 * A signed-in customer applies to become a dealer (one open application per
 * customer; the desired upline is given by dealer code).
 *
 * @example
 * await submitDealerApplicationWorkflow(container).run({
 *   input: { customer_id: "cus_1", application: { contact_name: "王伟", phone: "13800000000", desired_parent_code: "HZ001" } },
 * })
 */
export const submitDealerApplicationWorkflow = createWorkflow(
  submitDealerApplicationWorkflowId,
  (input: SubmitDealerApplicationInput) => {
    const checked = validateDealerApplicationStep(
      transform(input, ({ customer_id, application }) => ({
        customer_id,
        requested_tier_id: application.requested_tier_id,
        desired_parent_code: application.desired_parent_code,
      }))
    )
    const application = createDealerApplicationStep(
      transform({ input, checked }, ({ input, checked }) => ({
        ...input.application,
        customer_id: input.customer_id,
        desired_parent_code: checked.desired_parent_code,
        desired_parent_id: checked.desired_parent_id,
      }))
    )
    return new WorkflowResponse(application)
  }
)
