import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TransferOutcome } from "../../../modules/payout/providers/types"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import type { PayoutRecord } from "../utils/load-payout"
import { queryTransfer } from "../utils/query-transfer"

export type AdminPayoutOutcomeInput = {
  payout: PayoutRecord
  action: "mark_paid" | "mark_failed" | "cancel_transfer" | "refresh"
  reason?: string | null
}

export const adminPayoutOutcomeStepId = "admin-payout-outcome"

/**
 * The outcome of an admin's action: what the admin states for a manual
 * payout (paid / failed with the reason), or what the provider answers to a
 * cancel or a query.
 */
export const adminPayoutOutcomeStep = createStep(
  adminPayoutOutcomeStepId,
  async (input: AdminPayoutOutcomeInput, { container }) => {
    const provider = container.resolve<PayoutModuleService>(PAYOUT_MODULE).provider(input.payout.provider_id)
    const { out_bill_no } = input.payout
    let outcome: TransferOutcome
    switch (input.action) {
      case "mark_paid":
        outcome = { state: "succeeded", provider_state: "PAID" }
        break
      case "mark_failed":
        outcome = { state: "failed", provider_state: "FAILED", failure_reason: input.reason ?? null }
        break
      case "cancel_transfer":
        outcome = await provider.cancelTransfer({ out_bill_no })
        break
      case "refresh":
        outcome = await queryTransfer(provider, input.payout)
        break
    }
    return new StepResponse(outcome)
  }
)
