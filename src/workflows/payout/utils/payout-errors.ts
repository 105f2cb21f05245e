import { MedusaError } from "@medusajs/framework/utils"
import { PayoutStateError } from "../../../lib/payout/payout-transitions"
import { PayoutCurrencyUnsupported } from "../../../lib/payout/select-payees"
import { WithdrawalRefused } from "../../../lib/payout/withdrawal-rules"

/** Runs a rule and turns its refusals into Medusa's 400s (the pure rules don't know HTTP). */
export function asMedusaError<T>(rule: () => T): T {
  try {
    return rule()
  } catch (error) {
    if (error instanceof PayoutStateError) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
    }
    if (error instanceof PayoutCurrencyUnsupported || error instanceof WithdrawalRefused) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
}
