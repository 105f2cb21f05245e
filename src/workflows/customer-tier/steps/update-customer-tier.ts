import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues } from "../../utils/previous-values"
import { customerTierService } from "../utils/customer-tier-service"

export type UpdateCustomerTierData = {
  id: string
  code?: string
  name_en?: string
  name_zh?: string
  rank?: number
  description?: string | null
  metadata?: Record<string, unknown> | null
}

export const updateCustomerTierStepId = "update-customer-tier"

/**
 * Updates a customer tier; the compensation restores the previous values.
 *
 * @example
 * updateCustomerTierStep({ id: "ctier_1", name_en: "Gold" })
 */
export const updateCustomerTierStep = createStep(
  updateCustomerTierStepId,
  async (data: UpdateCustomerTierData, { container }) => {
    const service = customerTierService(container)
    const previous = await service.retrieveCustomerTier(data.id)
    const tier = await service.updateCustomerTiers(data)
    return new StepResponse(tier, previousValues(previous, data))
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    await customerTierService(container).updateCustomerTiers(restore)
  }
)
