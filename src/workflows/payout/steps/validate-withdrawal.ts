import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertWithdrawable } from "../../../lib/payout/withdrawal-rules"
import type CommissionModuleService from "../../../modules/commission/service"
import type PayoutModuleService from "../../../modules/payout/service"
import { COMMISSION_MODULE, PAYOUT_MODULE } from "../../../types/module-names"
import { asMedusaError } from "../utils/payout-errors"

export type ValidateWithdrawalInput = { dealer_id: string; currency_code: string; provider_id?: string }

export const validateWithdrawalStepId = "validate-withdrawal"

/**
 * A dealer may ask for its whole available balance when it is at least the
 * minimum, it has an unlocked payout account, and no earlier withdrawal is
 * still open. Resolves the provider: the one asked for, else the dealer's
 * only account's.
 */
export const validateWithdrawalStep = createStep(
  validateWithdrawalStepId,
  async (input: ValidateWithdrawalInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const accounts = await payouts.listPayoutAccounts({
      dealer_id: input.dealer_id,
      ...(input.provider_id ? { provider_id: input.provider_id } : {}),
    })
    const usable = accounts.filter((a) => payouts.providerIds().includes(a.provider_id))
    if (!usable.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.provider_id
          ? `Set up your ${input.provider_id} payout account first (PUT /store/distribution/me/payout-account).`
          : "Set up a payout account first (PUT /store/distribution/me/payout-account)."
      )
    }
    if (usable.length > 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `You have payout accounts with ${usable.map((a) => a.provider_id).join(" and ")}: choose one with provider_id.`
      )
    }
    const account = usable[0]
    if (account.status === "locked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your payout account is locked by the merchant; contact them.")
    }
    const currency = input.currency_code.toLowerCase()
    const [balance] = await container
      .resolve<CommissionModuleService>(COMMISSION_MODULE)
      .availableBalances(currency, [input.dealer_id])
    const open = await payouts.listPayouts(
      { dealer_id: input.dealer_id, status: ["draft", "queued", "sending", "processing", "awaiting_confirmation"] },
      { select: ["id"], relations: ["batch"] }
    )
    asMedusaError(() =>
      assertWithdrawable({
        available: balance?.available ?? "0",
        currency_code: currency,
        min_payout_amount: payouts.getOptions().min_payout_amount,
        provider_minimum: payouts.provider(account.provider_id).minimumAmount(currency),
        has_open_withdrawal: open.some((p: any) => p.batch?.source === "withdrawal"),
      })
    )
    return new StepResponse({ provider_id: account.provider_id })
  }
)
