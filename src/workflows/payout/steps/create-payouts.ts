import { currencyAmount } from "../../../lib/commission/currency-precision"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutReservation } from "../../../modules/commission/service"
import { outBillNoOf } from "../../../modules/payout/providers/types"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"

export type CreatePayoutsInput = {
  batch_id: string
  provider_id: string
  currency_code: string
  reservations: PayoutReservation[]
  /** A withdrawal or a retry must pay someone; a batch made by the scheduler may end up empty. */
  require_any: boolean
  status?: "draft" | "queued"
  retry_of_id?: string | null
  actor_id?: string | null
}

export const createPayoutsStepId = "create-payouts"

/**
 * One payout per reservation, paying the dealer's account as it is now (a
 * snapshot: editing the account later never redirects this money).
 */
export const createPayoutsStep = createStep(
  createPayoutsStepId,
  async (input: CreatePayoutsInput, { container }) => {
    if (!input.reservations.length) {
      if (input.require_any) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Nothing to pay: no dealer has an available balance of at least the minimum payout (it may have just been reserved by another batch)."
        )
      }
      return new StepResponse([], [])
    }
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    // The account as it is now (a retry pays the account the dealer may just have corrected).
    const accounts = await payouts.listPayoutAccounts({
      dealer_id: input.reservations.map((r) => r.dealer_id),
      provider_id: input.provider_id,
    })
    const accountByDealer = new Map(accounts.map((a) => [a.dealer_id, a]))
    const created = await payouts.createPayouts(
      input.reservations.map((r) => {
        const account = accountByDealer.get(r.dealer_id)
        if (!account || account.status === "locked") {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `The dealer's ${input.provider_id} payout account is ${account ? "locked" : "missing"}.`
          )
        }
        return {
          id: r.payout_id,
          batch_id: input.batch_id,
          dealer_id: r.dealer_id,
          account_id: account.id,
          account_snapshot: {
            openid: account.openid,
            real_name: account.real_name,
            bank_name: account.bank_name,
            account_holder: account.account_holder,
            account_number: account.account_number,
            status: account.status,
          },
          provider_id: input.provider_id,
          currency_code: input.currency_code.toLowerCase(),
          // A decimal string: Medusa keeps it exact (bigNumber), the type only says number.
          amount: currencyAmount(r.amount, input.currency_code) as unknown as number,
          status: input.status ?? "draft",
          out_bill_no: outBillNoOf(r.payout_id),
          retry_of_id: input.retry_of_id ?? null,
        }
      })
    )
    await payouts.recordEvents(
      input.reservations.map((r) => ({
        payout_id: r.payout_id,
        kind: input.retry_of_id ? "retry_created" : "created",
        detail: { amount: r.amount, entries: r.entry_count, retry_of_id: input.retry_of_id ?? null },
        actor_id: input.actor_id ?? null,
      }))
    )
    return new StepResponse(
      created.map((p) => p.id),
      created.map((p) => p.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<PayoutModuleService>(PAYOUT_MODULE).deletePayouts(ids)
    }
  }
)
