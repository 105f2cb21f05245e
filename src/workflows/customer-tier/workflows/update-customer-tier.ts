import { updateCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { customerTierGroupName } from "../../../lib/customer-tier/customer-tier-group-name"
import { CustomerTierRuleData, replaceCustomerTierRulesStep } from "../steps/replace-customer-tier-rules"
import { UpdateCustomerTierData, updateCustomerTierStep } from "../steps/update-customer-tier"
import { validateCustomerTierStep } from "../steps/validate-customer-tier"

export type UpdateCustomerTierInput = UpdateCustomerTierData & {
  /** When given, replaces every rule of the tier. */
  rules?: CustomerTierRuleData[]
}

export const updateCustomerTierWorkflowId = "update-customer-tier"

/**
 * Updates a customer tier (and its customer group's name with it) and, when
 * `rules` is given, replaces its rules. Customers move at their next
 * evaluation (an order, the daily job, or "evaluate now").
 *
 * @example
 * await updateCustomerTierWorkflow(container).run({ input: { id: "ctier_1", rules: [{ window_months: 12, min_orders: 8 }] } })
 */
export const updateCustomerTierWorkflow = createWorkflow(
  updateCustomerTierWorkflowId,
  (input: UpdateCustomerTierInput) => {
    validateCustomerTierStep(transform(input, ({ id, code, rank }) => ({ code, rank, exclude_id: id })))
    const tier = updateCustomerTierStep(
      transform(input, ({ rules: _rules, ...data }) => data)
    )
    when({ input, tier }, ({ input, tier }) =>
      Boolean(tier.customer_group_id && (input.code || input.name_en || input.name_zh))
    ).then(() => {
      updateCustomerGroupsStep(
        transform({ tier }, ({ tier }) => ({
          selector: { id: tier.customer_group_id! },
          update: { name: customerTierGroupName(tier) },
        }))
      )
    })
    when({ input }, ({ input }) => Array.isArray(input.rules)).then(() => {
      replaceCustomerTierRulesStep(transform({ input }, ({ input }) => ({ tier_id: input.id, rules: input.rules! })))
    })
    return new WorkflowResponse(tier)
  }
)
