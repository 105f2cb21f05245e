import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Payee } from "../../../lib/payout/select-payees"
import type CommissionModuleService from "../../../modules/commission/service"
import type { PayoutReservation } from "../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../types/module-names"

export type ReservePayoutFundsInput = {
  payees: Payee[]
  currency_code: string
  minimum: string
  actor_id?: string | null
}

export const reservePayoutFundsStepId = "reserve-payout-funds"

/**
 * Reserves each payee's available balance under a new payout id: its
 * available entries move to `reserved`, so the same money can't go into a
 * second batch (the rows are locked while summed; a concurrent batch finds
 * them reserved). The amount is what was really reserved, re-read now, not
 * the earlier estimate; a dealer whose balance fell below the minimum in
 * between gets no payout. Compensation releases everything reserved.
 */
export const reservePayoutFundsStep = createStep(
  reservePayoutFundsStepId,
  async (input: ReservePayoutFundsInput, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const reservations: PayoutReservation[] = await commission.reserveForPayouts(
      input.payees.map((payee) => ({
        payout_id: generateEntityId(undefined, "po"),
        dealer_id: payee.dealer_id,
        currency_code: input.currency_code,
        minimum: input.minimum,
      })),
      input.actor_id ?? null
    )
    return new StepResponse(reservations, reservations.map((r) => r.payout_id))
  },
  async (payoutIds, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    for (const payoutId of payoutIds ?? []) {
      await commission.releasePayout(payoutId, "released", null)
    }
  }
)
