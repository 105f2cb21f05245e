import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TransferOutcome } from "../../../modules/payout/providers/types"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import { loadPayout } from "../utils/load-payout"
import { queryTransfer, transferOf } from "../utils/query-transfer"

export const sendPayoutStepId = "send-payout"

/**
 * Moves a payout forward with its provider, never paying twice:
 * - queued: claimed (queued → sending, a conditional move only one worker
 *   wins), then the transfer is created with the payout's own request
 *   number;
 * - sending (a crash after the claim) or an unknown answer: asked about by
 *   request number first, and only sent (again, under the same number) when
 *   the provider has never heard of it;
 * - in flight: asked about (utils/query-transfer.ts).
 * Returns the provider's answer for the next step to apply.
 */
export const sendPayoutStep = createStep(
  sendPayoutStepId,
  async (input: { payout_id: string }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const payout = await loadPayout(container, input.payout_id)
    const provider = payouts.provider(payout.provider_id)
    const transfer = transferOf(payout)
    const create = async (from: "queued" | "sending" | "processing"): Promise<TransferOutcome | null> => {
      const claimed = await payouts.movePayouts([payout.id], [from], "sending", {
        count_attempt: true,
        sent_at: new Date(),
      })
      if (!claimed.length) {
        return null // another worker has it
      }
      return await provider.createTransfer(transfer)
    }

    let outcome: TransferOutcome | null = null
    if (payout.status === "queued") {
      outcome = await create("queued")
    } else if (
      payout.status === "sending" ||
      ((payout.status === "processing" || payout.status === "awaiting_confirmation") && !provider.settlesManually)
    ) {
      outcome = await queryTransfer(provider, payout)
      if (outcome.state === "not_found" && (payout.status === "sending" || payout.status === "processing")) {
        // The create never arrived: send it now, under the same request number.
        outcome = await create(payout.status)
      }
    }
    return new StepResponse(outcome)
  }
)
