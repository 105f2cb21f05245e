import { deleteCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCustomerTierStep } from "../steps/delete-customer-tier"

export const deleteCustomerTierWorkflowId = "delete-customer-tier"

/**
 * Deletes a customer tier, its rules and its customer group (Medusa drops
 * the group's memberships and price-list rules with it). Its holders keep
 * the tier in their history until their next evaluation moves them; the
 * delete route runs that evaluation right after.
 *
 * @example
 * await deleteCustomerTierWorkflow(container).run({ input: { id: "ctier_1" } })
 */
export const deleteCustomerTierWorkflow = createWorkflow(
  deleteCustomerTierWorkflowId,
  (input: { id: string }) => {
    const tier = deleteCustomerTierStep(input.id)
    deleteCustomerGroupStep(transform({ tier }, ({ tier }) => (tier.customer_group_id ? [tier.customer_group_id] : [])))
    return new WorkflowResponse({ id: input.id })
  }
)
