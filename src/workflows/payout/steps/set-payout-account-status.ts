import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import { maskedAccount } from "./save-payout-account"

export type SetPayoutAccountStatusInput = {
  account_id: string
  action: "verify" | "lock" | "unlock"
  reason?: string | null
  actor_id: string
}

export const setPayoutAccountStatusStepId = "set-payout-account-status"

/**
 * Verifies, locks or unlocks an account from the statuses that allow it,
 * and records the change. Compensation restores the previous status.
 */
export const setPayoutAccountStatusStep = createStep(
  setPayoutAccountStatusStepId,
  async (input: SetPayoutAccountStatusInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [account] = await payouts.listPayoutAccounts({ id: input.account_id })
    if (!account) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout account with id: ${input.account_id} was not found`)
    }
    const allowed = { verify: ["unverified"], lock: ["unverified", "verified"], unlock: ["locked"] }[input.action]
    if (!allowed.includes(account.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This account is ${account.status}; it can't be ${input.action}ed.`)
    }
    const now = new Date()
    const patch =
      input.action === "verify"
        ? { status: "verified" as const, verified_at: now, verified_by: input.actor_id }
        : input.action === "lock"
          ? { status: "locked" as const, locked_at: now, locked_by: input.actor_id, lock_reason: input.reason ?? null }
          : // Unlocked accounts are checked again before they are trusted.
            { status: "unverified" as const, locked_at: null, locked_by: null, lock_reason: null, verified_at: null, verified_by: null }
    const updated = await payouts.updatePayoutAccounts({ id: account.id, ...patch })
    await payouts.createPayoutAccountChanges({
      account_id: account.id,
      dealer_id: account.dealer_id,
      provider_id: account.provider_id,
      action: `${input.action === "verify" ? "verifi" : input.action}ed`,
      actor_type: "user",
      actor_id: input.actor_id,
      before: maskedAccount(account),
      after: { ...maskedAccount(updated), ...(input.reason ? { reason: input.reason } : {}) },
    })
    return new StepResponse(updated, account)
  },
  async (previous, { container }) => {
    if (previous) {
      const { id, status, verified_at, verified_by, locked_at, locked_by, lock_reason } = previous
      await container
        .resolve<PayoutModuleService>(PAYOUT_MODULE)
        .updatePayoutAccounts({ id, status, verified_at, verified_by, locked_at, locked_by, lock_reason })
    }
  }
)
