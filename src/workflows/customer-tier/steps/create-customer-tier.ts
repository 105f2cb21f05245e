import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerTierService } from "../utils/customer-tier-service"

export type CreateCustomerTierData = {
  code: string
  name_en: string
  name_zh: string
  rank: number
  description?: string | null
  customer_group_id: string
  metadata?: Record<string, unknown> | null
}

export const createCustomerTierStepId = "create-customer-tier"

/**
 * Creates a customer tier already paired with its customer group; the
 * compensation deletes it.
 *
 * @example
 * const tier = createCustomerTierStep({ code: "VIP", name_en: "VIP", name_zh: "贵宾", rank: 2, customer_group_id: "cusgroup_1" })
 */
export const createCustomerTierStep = createStep(
  createCustomerTierStepId,
  async (data: CreateCustomerTierData, { container }) => {
    const tier = await customerTierService(container).createCustomerTiers(data)
    return new StepResponse(tier, tier.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await customerTierService(container).deleteCustomerTiers([id])
  }
)
