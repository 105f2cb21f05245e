import { updateCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { tierCustomerGroupName } from "../../../lib/network/tier-customer-group-name"
import { updateDealerTierStep, UpdateDealerTierData } from "../steps/update-dealer-tier"
import { validateUniqueTierCodesStep } from "../steps/validate-unique-tier-codes"

export const updateDealerTierWorkflowId = "update-dealer-tier"

/**
 * Updates a tier and keeps its customer group's name in step with it.
 *
 * @example
 * await updateDealerTierWorkflow(container).run({ input: { id: "dtier_1", name_en: "Gold" } })
 */
export const updateDealerTierWorkflow = createWorkflow(
  updateDealerTierWorkflowId,
  (input: UpdateDealerTierData) => {
    validateUniqueTierCodesStep(
      transform(input, (i) => ({ codes: i.code ? [i.code] : [], exclude_id: i.id }))
    )
    const tier = updateDealerTierStep(input)
    when({ input, tier }, ({ input, tier }) =>
      Boolean(tier.customer_group_id && (input.code || input.name_en || input.name_zh))
    ).then(() => {
      updateCustomerGroupsStep(
        transform({ tier }, ({ tier }) => ({
          selector: { id: tier.customer_group_id! },
          update: { name: tierCustomerGroupName(tier) },
        }))
      )
    })
    return new WorkflowResponse(tier)
  }
)
