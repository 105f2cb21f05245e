import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const validateUniqueTierCodesStepId = "validate-unique-tier-codes"

/**
 * Refuses tier codes that repeat in the input or belong to another tier, with
 * a 400 naming the code, before anything is written.
 *
 * @example
 * validateUniqueTierCodesStep({ codes: ["T1"], exclude_id: "dtier_1" })
 */
export const validateUniqueTierCodesStep = createStep(
  validateUniqueTierCodesStepId,
  async (input: { codes: string[]; exclude_id?: string }, { container }) => {
    const seen = new Set<string>()
    for (const code of input.codes) {
      if (seen.has(code)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Tier code ${code} is given twice.`)
      }
      seen.add(code)
    }
    if (!input.codes.length) {
      return new StepResponse(void 0)
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const existing = await service.listDealerTiers({ code: input.codes }, { select: ["id", "code"] })
    const clash = existing.find((t) => t.id !== input.exclude_id)
    if (clash) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A tier with code ${clash.code} already exists.`)
    }
    return new StepResponse(void 0)
  }
)
