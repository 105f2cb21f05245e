import { currencyAmount } from "../../../lib/commission/currency-precision"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SkippedPayee } from "../../../lib/payout/select-payees"
import type { PayoutReservation } from "../../../modules/commission/service"
import { outBillNoOf } from "../../../modules/payout/providers/types"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"

export type CreatePayoutsInput = {
  batch_id: string
  provider_id: string
  currency_code: string
  reservations: PayoutReservation[]
  /** Who was left out and why: named in the refusal when nobody is paid. */
  skipped?: SkippedPayee[]
  /** A withdrawal or a retry must pay someone; a batch made by the scheduler may end up empty. */
  require_any: boolean
  status?: "draft" | "queued"
  retry_of_id?: string | null
  actor_id?: string | null
}

const SKIP_REASON_TEXT: Record<SkippedPayee["reason"], string> = {
  below_minimum: "below the minimum payout",
  no_account: "without a payout account for this provider",
  account_locked: "with a locked payout account",
  dealer_inactive: "not active",
}

/** "Nothing to pay: 1 dealer is owed money but without a payout account for this provider; …" */
function nothingToPayMessage(skipped: SkippedPayee[]): string {
  if (!skipped.length) {
    return "Nothing to pay: no dealer has an available balance in this currency (it may just have been reserved by another batch)."
  }
  const counts = new Map<SkippedPayee["reason"], number>()
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1)
  const parts = [...counts].map(([reason, n]) => `${n} ${n === 1 ? "dealer is" : "dealers are"} owed money but ${SKIP_REASON_TEXT[reason]}`)
  return `Nothing to pay: ${parts.join("; ")}.`
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
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, nothingToPayMessage(input.skipped ?? []))
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
