import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type CommissionModuleService from "../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../types/module-names"
import type { PayoutRecord } from "../utils/load-payout"

export const reserveRetryFundsStepId = "reserve-retry-funds"

/**
 * A retry pays what the failed payout would have paid: the same entries,
 * reserved again under a new payout id (never the old one: WeChat would
 * answer with the old, failed transfer). Entries reversed or paid since are
 * no longer available and are left out; if none are left, nothing to retry.
 */
export const reserveRetryFundsStep = createStep(
  reserveRetryFundsStepId,
  async (input: { payout: PayoutRecord; actor_id: string | null }, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const entryIds = await commission.listPayoutEntryIdsEver(input.payout.id)
    const [reservation] = await commission.reserveForPayouts(
      [
        {
          payout_id: generateEntityId(undefined, "po"),
          dealer_id: input.payout.dealer_id,
          currency_code: input.payout.currency_code,
          minimum: "0.000001",
          entry_ids: entryIds,
        },
      ],
      input.actor_id
    )
    if (!reservation) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Nothing left to retry: the money this payout held is no longer available (paid or reversed since)."
      )
    }
    return new StepResponse([reservation], reservation.payout_id)
  },
  async (payoutId, { container }) => {
    if (payoutId) {
      await container.resolve<CommissionModuleService>(COMMISSION_MODULE).releasePayout(payoutId, "released", null)
    }
  }
)
