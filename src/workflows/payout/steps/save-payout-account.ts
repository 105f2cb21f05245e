import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { maskAccountNumber, maskName, maskOpenid } from "../../../lib/payout/mask"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"

export type PayoutAccountFields = {
  openid?: string | null
  real_name?: string | null
  bank_name?: string | null
  account_holder?: string | null
  account_number?: string | null
}

export type SavePayoutAccountInput = {
  dealer_id: string
  provider_id: string
  fields: PayoutAccountFields
  actor_type: "customer" | "user"
  actor_id: string
}

/** What a change record keeps of an account: enough to see what changed, never the full number or openid. */
export function maskedAccount(account: PayoutAccountFields & { status?: string }) {
  return {
    openid: maskOpenid(account.openid),
    real_name: maskName(account.real_name),
    bank_name: account.bank_name ?? null,
    account_holder: account.account_holder ?? null,
    account_number: maskAccountNumber(account.account_number),
    ...(account.status ? { status: account.status } : {}),
  }
}

export const savePayoutAccountStepId = "save-payout-account"

/**
 * Creates or changes a dealer's account with a provider and records the
 * change (who, before → after, masked). A changed account needs verifying
 * again; a locked one can't be changed by the dealer. Compensation puts the
 * previous details back.
 */
export const savePayoutAccountStep = createStep(
  savePayoutAccountStepId,
  async (input: SavePayoutAccountInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    payouts.provider(input.provider_id)
    const [existing] = await payouts.listPayoutAccounts({ dealer_id: input.dealer_id, provider_id: input.provider_id })
    if (existing?.status === "locked" && input.actor_type === "customer") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payout account is locked by the merchant; contact them to change it.")
    }
    const fields = {
      openid: input.fields.openid ?? null,
      real_name: input.fields.real_name ?? null,
      bank_name: input.fields.bank_name ?? null,
      account_holder: input.fields.account_holder ?? null,
      account_number: input.fields.account_number ?? null,
    }
    const account = existing
      ? await payouts.updatePayoutAccounts({
          id: existing.id,
          ...fields,
          ...(existing.status === "verified" ? { status: "unverified" as const, verified_at: null, verified_by: null } : {}),
        })
      : await payouts.createPayoutAccounts({ dealer_id: input.dealer_id, provider_id: input.provider_id, ...fields })
    await payouts.createPayoutAccountChanges({
      account_id: account.id,
      dealer_id: input.dealer_id,
      provider_id: input.provider_id,
      action: existing ? "updated" : "created",
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      before: existing ? maskedAccount(existing) : null,
      after: maskedAccount(account),
    })
    return new StepResponse(account, { restore: existing ?? null, remove: existing ? null : account.id })
  },
  async (undo, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    if (undo?.remove) {
      await payouts.deletePayoutAccounts(undo.remove)
    } else if (undo?.restore) {
      const { id, openid, real_name, bank_name, account_holder, account_number, status, verified_at, verified_by } = undo.restore
      await payouts.updatePayoutAccounts({ id, openid, real_name, bank_name, account_holder, account_number, status, verified_at, verified_by })
    }
  }
)
