import Decimal from "decimal.js"
import { currencyPrecision } from "../../../../lib/commission/currency-precision"
import type { PayoutCallback, PayoutProvider, TransferInput, TransferOutcome } from "../types"
import { PayoutCallbackRejected } from "../types"

/**
 * The admin pays outside the system (a bank transfer) and marks each payout
 * paid with the bank's reference, or failed with a reason. Sending a payout
 * only hands it to the admin: it stays `processing` until they mark it.
 */
export class ManualPayoutProvider implements PayoutProvider {
  readonly id = "manual"
  readonly rateLimitPerSecond = 1000
  readonly settlesManually = true

  /** One smallest unit of the currency (0.01 CNY). */
  minimumAmount(currency_code: string): string {
    return new Decimal(1).dividedBy(new Decimal(10).pow(currencyPrecision(currency_code))).toFixed()
  }

  async createTransfer(_input: TransferInput): Promise<TransferOutcome> {
    return { state: "processing", provider_state: "AWAITING_ADMIN" }
  }

  // Nothing outside the system knows a manual payout: its state is what the admin marked.
  async queryTransfer(): Promise<TransferOutcome> {
    return { state: "processing", provider_state: "AWAITING_ADMIN" }
  }

  async cancelTransfer(): Promise<TransferOutcome> {
    return { state: "canceled", provider_state: "CANCELLED" }
  }

  async parseCallback(): Promise<PayoutCallback> {
    throw new PayoutCallbackRejected("Manual payouts have no callbacks.")
  }
}
