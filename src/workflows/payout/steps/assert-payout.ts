import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertManualSettlable,
  assertProviderCancelable,
  assertRemovable,
  assertRetryable,
} from "../../../lib/payout/payout-transitions"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import { loadPayout, PayoutRecord } from "../utils/load-payout"
import { asMedusaError } from "../utils/payout-errors"

export type PayoutAction = "remove" | "retry" | "mark_paid" | "mark_failed" | "cancel_transfer" | "refresh"

export const assertPayoutActionStepId = "assert-payout-action"

/** Refuses (400, with why) an admin action the payout's status or provider doesn't allow. */
export const assertPayoutActionStep = createStep(
  assertPayoutActionStepId,
  async (input: { payout_id: string; action: PayoutAction }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const payout: PayoutRecord = await loadPayout(container, input.payout_id)
    const provider = payouts.provider(payout.provider_id)
    switch (input.action) {
      case "remove":
        asMedusaError(() => assertRemovable(payout.status))
        break
      case "retry": {
        const [retry] = await payouts.listPayouts({ retry_of_id: payout.id }, { select: ["id"] })
        asMedusaError(() => assertRetryable({ status: payout.status, retried_by_id: retry?.id ?? null }))
        if (!payout.ledger_synced_at) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payout's money is still being released; try again in a moment.")
        }
        break
      }
      case "mark_paid":
      case "mark_failed":
        if (!provider.settlesManually) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Payouts through ${payout.provider_id} are settled by the provider, not marked by hand.`
          )
        }
        asMedusaError(() => assertManualSettlable(payout.status))
        break
      case "cancel_transfer":
        asMedusaError(() => assertProviderCancelable(payout.status))
        break
      case "refresh":
        if (provider.settlesManually) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A manual payout has nothing to ask a provider about.")
        }
        break
    }
    return new StepResponse(payout)
  }
)
