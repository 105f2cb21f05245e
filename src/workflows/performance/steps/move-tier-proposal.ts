import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PerformanceModuleService from "../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../types/module-names"
import type { TierProposalStatus } from "../../../types/performance"

export type MoveTierProposalInput = {
  id: string
  to: Exclude<TierProposalStatus, "proposed">
  actor_id?: string | null
  note?: string | null
}

export const moveTierProposalStepId = "move-dealer-tier-proposal"

/**
 * Decides a proposal: proposed → accepted | rejected | applied, only if it is
 * still proposed (of two admins deciding at once, the second is refused). The
 * compensation puts it back to proposed.
 *
 * @example
 * moveTierProposalStep({ id: "dtprop_1", to: "accepted", actor_id: "user_1" })
 */
export const moveTierProposalStep = createStep(
  moveTierProposalStepId,
  async (input: MoveTierProposalInput, { container }) => {
    const service = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    const moved = await service.moveProposal(input.id, ["proposed"], input.to, {
      decided_by: input.actor_id ?? null,
      decided_at: new Date(),
      note: input.note ?? null,
    })
    if (!moved) {
      const [current] = await service.listDealerTierProposals({ id: input.id }, { select: ["id", "status"] })
      if (!current) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tier proposal with id: ${input.id} was not found`)
      }
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Tier proposal ${input.id} is already ${current.status}; only a proposed one can be decided.`
      )
    }
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    await service.moveProposal(id, ["accepted", "rejected", "applied"], "proposed", { decided_by: null, decided_at: null })
  }
)
