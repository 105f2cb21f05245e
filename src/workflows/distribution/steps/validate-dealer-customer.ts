import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const validateDealerCustomerStepId = "validate-dealer-customer"

/**
 * Checks that the customer exists (404) and has no dealer profile yet.
 *
 * @example
 * validateDealerCustomerStep({ customer_id: "cus_1" })
 */
export const validateDealerCustomerStep = createStep(
  validateDealerCustomerStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ id: input.customer_id }, { select: ["id"] })
    if (!customer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${input.customer_id} was not found`
      )
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const [existing] = await service.listDealers(
      { customer_id: input.customer_id },
      { select: ["id", "code"] }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Customer ${input.customer_id} is already dealer ${existing.code}; a customer can hold one dealer profile.`
      )
    }
    return new StepResponse(void 0)
  }
)
