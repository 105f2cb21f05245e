import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const endCustomerBindingStepId = "end-customer-binding"

/**
 * Ends a customer's current binding with a reason (the row stays as
 * history); the compensation reopens it.
 *
 * @example
 * endCustomerBindingStep({ customer_id: "cus_1", reason: "Moved to Ningbo" })
 */
export const endCustomerBindingStep = createStep(
  endCustomerBindingStepId,
  async (input: { customer_id: string; reason: string }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const [current] = await service.listCustomerBindings({ customer_id: input.customer_id, ended_at: null })
    if (!current) {
      return new StepResponse(null, null)
    }
    const ended = await service.updateCustomerBindings({ id: current.id, ended_at: new Date(), end_reason: input.reason })
    return new StepResponse(ended, current.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.updateCustomerBindings({ id, ended_at: null, end_reason: null })
  }
)
