import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const validateRebindStepId = "validate-rebind"

/**
 * A customer can be rebound to an existing, active dealer that is not the
 * customer's own dealer profile nor its current dealer.
 *
 * @example
 * validateRebindStep({ customer_id: "cus_1", dealer_id: "dlr_2" })
 */
export const validateRebindStep = createStep(
  validateRebindStepId,
  async (input: { customer_id: string; dealer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ id: input.customer_id }, { select: ["id"] })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const dealer = await service.retrieveDealer(input.dealer_id, { select: ["id", "code", "status", "customer_id"] })
    if (dealer.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Dealer ${dealer.code} is ${dealer.status}; bind customers to an active dealer.`)
    }
    if (dealer.customer_id === input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A dealer's own account cannot be bound to itself.")
    }
    const [current] = await service.listCustomerBindings({ customer_id: input.customer_id, ended_at: null })
    if (current?.dealer_id === input.dealer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The customer is already bound to ${dealer.code}.`)
    }
    return new StepResponse(void 0)
  }
)
