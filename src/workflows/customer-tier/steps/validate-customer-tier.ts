import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerTierService } from "../utils/customer-tier-service"

export const validateCustomerTierStepId = "validate-customer-tier"

/**
 * Refuses a tier code or rank another tier already has, with a 400 naming
 * it, before anything is written (ranks order the tiers, so no two share one).
 *
 * @example
 * validateCustomerTierStep({ code: "VIP", rank: 2, exclude_id: "ctier_1" })
 */
export const validateCustomerTierStep = createStep(
  validateCustomerTierStepId,
  async (input: { code?: string; rank?: number; exclude_id?: string }, { container }) => {
    const service = customerTierService(container)
    if (input.code) {
      const [clash] = (await service.listCustomerTiers({ code: input.code }, { select: ["id", "code"] })).filter(
        (t) => t.id !== input.exclude_id
      )
      if (clash) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `A customer tier with code ${clash.code} already exists.`)
      }
    }
    if (input.rank != null) {
      const [clash] = (await service.listCustomerTiers({ rank: input.rank }, { select: ["id", "code"] })).filter(
        (t) => t.id !== input.exclude_id
      )
      if (clash) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Customer tier ${clash.code} already has rank ${input.rank}; each tier needs its own rank.`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
