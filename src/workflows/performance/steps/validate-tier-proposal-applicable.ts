import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import type PerformanceModuleService from "../../../modules/performance/service"
import { DISTRIBUTION_MODULE, PERFORMANCE_MODULE } from "../../../types/module-names"

export const validateTierProposalApplicableStepId = "validate-dealer-tier-proposal-applicable"

/**
 * A proposal can move a dealer only while it is proposed and the dealer is
 * still in the tier it was proposed from (someone may have moved it by hand
 * since): 404 / 400 otherwise. Returns the proposal. Writes nothing.
 *
 * @example
 * const proposal = validateTierProposalApplicableStep({ id: "dtprop_1" })
 */
export const validateTierProposalApplicableStep = createStep(
  validateTierProposalApplicableStepId,
  async (input: { id: string }, { container }) => {
    const performance = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    const [proposal] = await performance.listDealerTierProposals({ id: input.id })
    if (!proposal) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tier proposal with id: ${input.id} was not found`)
    }
    if (proposal.status !== "proposed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Tier proposal ${proposal.id} is already ${proposal.status}; only a proposed one can be decided.`
      )
    }
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const [dealer] = await distribution.listDealers({ id: proposal.dealer_id }, { select: ["id", "code", "tier_id"] })
    if (!dealer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${proposal.dealer_id} was not found`)
    }
    if ((dealer as any).tier_id !== proposal.from_tier_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dealer ${dealer.code} is no longer in tier ${proposal.from_tier_id} (now ${(dealer as any).tier_id}); reject this proposal instead.`
      )
    }
    return new StepResponse(proposal)
  }
)
