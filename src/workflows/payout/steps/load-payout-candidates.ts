import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { effectiveMinimum, selectPayees } from "../../../lib/payout/select-payees"
import type CommissionModuleService from "../../../modules/commission/service"
import type DistributionModuleService from "../../../modules/distribution/service"
import type PayoutModuleService from "../../../modules/payout/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE, PAYOUT_MODULE } from "../../../types/module-names"
import { asMedusaError } from "../utils/payout-errors"

export type LoadPayoutCandidatesInput = {
  currency_code: string
  provider_id: string
  /** Only these dealers (a withdrawal, or an admin's pick); all dealers otherwise. */
  dealer_ids?: string[]
}

export const loadPayoutCandidatesStepId = "load-payout-candidates"

/**
 * Who a batch would pay: every dealer with an available balance in the
 * currency, sorted into payees (at least the minimum, active, with an
 * unlocked account for the provider) and skipped dealers with the reason.
 * Read-only; the money is reserved by the next step, which re-checks it.
 */
export const loadPayoutCandidatesStep = createStep(
  loadPayoutCandidatesStepId,
  async (input: LoadPayoutCandidatesInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const provider = payouts.provider(input.provider_id)
    const currency = input.currency_code.toLowerCase()
    const minimum = asMedusaError(() =>
      effectiveMinimum(payouts.getOptions().min_payout_amount, provider.minimumAmount(currency), {
        provider_id: input.provider_id,
        currency_code: currency,
      })
    )
    const balances = await container
      .resolve<CommissionModuleService>(COMMISSION_MODULE)
      .availableBalances(currency, input.dealer_ids)
    const dealerIds = balances.map((b) => b.dealer_id)
    const [dealers, accounts] = dealerIds.length
      ? await Promise.all([
          container
            .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
            .listDealers({ id: dealerIds }, { select: ["id", "code", "status"] }),
          payouts.listPayoutAccounts({ dealer_id: dealerIds, provider_id: input.provider_id }),
        ])
      : [[], []]
    const dealerById = new Map(dealers.map((d) => [d.id, d]))
    const selection = selectPayees({
      candidates: balances
        .filter((b) => dealerById.has(b.dealer_id))
        .map((b) => ({
          dealer_id: b.dealer_id,
          dealer_code: dealerById.get(b.dealer_id)!.code,
          dealer_status: dealerById.get(b.dealer_id)!.status,
          available: b.available,
        })),
      accounts: new Map(accounts.map((a) => [a.dealer_id, { id: a.id, status: a.status }])),
      min_payout_amount: payouts.getOptions().min_payout_amount,
      provider_minimum: minimum,
    })
    container.resolve(ContainerRegistrationKeys.LOGGER).debug?.(
      `payout candidates ${currency}/${input.provider_id}: ${selection.payees.length} payees, ${selection.skipped.length} skipped`
    )
    return new StepResponse({ ...selection, minimum })
  }
)
