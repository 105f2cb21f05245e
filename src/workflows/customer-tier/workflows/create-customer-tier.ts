import { createCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { customerTierGroupName } from "../../../lib/customer-tier/customer-tier-group-name"
import { createCustomerTierStep } from "../steps/create-customer-tier"
import { CustomerTierRuleData, replaceCustomerTierRulesStep } from "../steps/replace-customer-tier-rules"
import { validateCustomerTierStep } from "../steps/validate-customer-tier"

export type CreateCustomerTierInput = {
  code: string
  name_en: string
  name_zh: string
  rank: number
  description?: string | null
  metadata?: Record<string, unknown> | null
  rules?: CustomerTierRuleData[]
}

export const createCustomerTierWorkflowId = "create-customer-tier"

/**
 * Creates a customer tier with its own Medusa customer group (as dealer
 * tiers do), so the merchant gives the tier prices and promotions with
 * Medusa's price lists and promotions, and its rules.
 *
 * @example
 * const { result } = await createCustomerTierWorkflow(container).run({
 *   input: { code: "VIP", name_en: "VIP", name_zh: "贵宾", rank: 2,
 *     rules: [{ window_months: 12, min_spend: "5000", currency_code: "cny" }, { window_months: 12, min_orders: 10 }] },
 * })
 */
export const createCustomerTierWorkflow = createWorkflow(
  createCustomerTierWorkflowId,
  (input: CreateCustomerTierInput) => {
    validateCustomerTierStep(transform(input, ({ code, rank }) => ({ code, rank })))
    const groups = createCustomerGroupsStep(
      transform(input, (tier) => [
        { name: customerTierGroupName(tier), metadata: { distribution_customer_tier_code: tier.code } },
      ])
    )
    const tier = createCustomerTierStep(
      transform({ input, groups }, ({ input, groups }) => ({
        code: input.code,
        name_en: input.name_en,
        name_zh: input.name_zh,
        rank: input.rank,
        description: input.description ?? null,
        metadata: input.metadata ?? null,
        customer_group_id: groups[0].id,
      }))
    )
    replaceCustomerTierRulesStep(transform({ input, tier }, ({ input, tier }) => ({ tier_id: tier.id, rules: input.rules ?? [] })))
    return new WorkflowResponse(tier)
  }
)
