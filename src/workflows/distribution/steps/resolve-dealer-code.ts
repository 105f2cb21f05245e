import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  DEALER_CODE_PATTERN,
  generateDealerCode,
  normalizeDealerCode,
} from "../../../lib/network/generate-dealer-code"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export const resolveDealerCodeStepId = "resolve-dealer-code"

const GENERATION_ATTEMPTS = 10

/**
 * Returns the code to use for a dealer or a referral link (they share one
 * namespace): the given one, normalised and checked to be free (400
 * otherwise), or a fresh generated one of `length` characters.
 *
 * @example
 * const code = resolveDealerCodeStep({ code: "hz001" }) // "HZ001"
 */
export const resolveDealerCodeStep = createStep(
  resolveDealerCodeStepId,
  async (input: { code?: string | null; length?: number }, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    // Dealer codes are also referral codes, so they may not clash with a campaign link's code either.
    const isTaken = async (code: string) =>
      (await service.listDealers({ code }, { select: ["id"], withDeleted: true })).length > 0 ||
      (await service.listReferralLinks({ code }, { select: ["id"], withDeleted: true })).length > 0

    if (input.code) {
      const code = normalizeDealerCode(input.code)
      if (!DEALER_CODE_PATTERN.test(code)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Dealer code ${input.code} is invalid: use 3 to 32 letters, digits, "-" or "_", starting with a letter or digit.`
        )
      }
      if (await isTaken(code)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Dealer code ${code} is already taken.`)
      }
      return new StepResponse(code)
    }
    for (let attempt = 0; attempt < GENERATION_ATTEMPTS; attempt++) {
      const code = generateDealerCode(input.length)
      if (!(await isTaken(code))) {
        return new StepResponse(code)
      }
    }
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Could not generate a free dealer code.")
  }
)
