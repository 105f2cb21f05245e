import { createCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { tierCustomerGroupName } from "../../../lib/network/tier-customer-group-name"
import { createDealerTiersStep } from "../steps/create-dealer-tiers"
import { validateUniqueTierCodesStep } from "../steps/validate-unique-tier-codes"

export type CreateDealerTierInput = {
  code: string
  name_en: string
  name_zh: string
  rank: number
  description?: string | null
  metadata?: Record<string, unknown> | null
}

export const createDealerTiersWorkflowId = "create-dealer-tiers"

/**
 * Creates dealer tiers, each with its own Medusa customer group, so the
 * merchant can give every tier its prices with Medusa's price lists.
 *
 * @example
 * const { result } = await createDealerTiersWorkflow(container).run({
 *   input: { tiers: [{ code: "T1", name_en: "Tier 1 distributor", name_zh: "一级经销商", rank: 1 }] },
 * })
 */
export const createDealerTiersWorkflow = createWorkflow(
  createDealerTiersWorkflowId,
  (input: { tiers: CreateDealerTierInput[] }) => {
    validateUniqueTierCodesStep(
      transform(input, ({ tiers }) => ({ codes: tiers.map((t) => t.code) }))
    )
    const groups = createCustomerGroupsStep(
      transform(input, ({ tiers }) =>
        tiers.map((tier) => ({
          name: tierCustomerGroupName(tier),
          metadata: { distribution_tier_code: tier.code },
        }))
      )
    )
    const tiers = createDealerTiersStep(
      transform({ input, groups }, ({ input, groups }) =>
        input.tiers.map((tier, i) => ({ ...tier, customer_group_id: groups[i].id }))
      )
    )
    return new WorkflowResponse(tiers)
  }
)
