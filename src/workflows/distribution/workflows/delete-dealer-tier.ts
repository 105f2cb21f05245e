import { deleteCustomerGroupStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteDealerTierStep } from "../steps/delete-dealer-tier"
import { validateTierDeletableStep } from "../steps/validate-tier-deletable"

export const deleteDealerTierWorkflowId = "delete-dealer-tier"

/**
 * Deletes a tier that has no dealers, together with its customer group.
 *
 * @example
 * await deleteDealerTierWorkflow(container).run({ input: { id: "dtier_1" } })
 */
export const deleteDealerTierWorkflow = createWorkflow(
  deleteDealerTierWorkflowId,
  (input: { id: string }) => {
    const tier = validateTierDeletableStep(input.id)
    deleteDealerTierStep(input.id)
    deleteCustomerGroupStep(
      transform({ tier }, ({ tier }) => (tier.customer_group_id ? [tier.customer_group_id] : []))
    )
    return new WorkflowResponse({ id: input.id })
  }
)
