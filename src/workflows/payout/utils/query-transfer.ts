import type { PayoutProvider, TransferInput, TransferOutcome } from "../../../modules/payout/providers/types"
import type { PayoutRecord } from "./load-payout"

/** What a provider is asked to send for a payout: always the same request number, amount and account. */
export function transferOf(payout: PayoutRecord): TransferInput {
  return {
    payout_id: payout.id,
    out_bill_no: payout.out_bill_no,
    amount: payout.amount,
    currency_code: payout.currency_code,
    account: payout.account_snapshot ?? {},
    remark: null,
  }
}

/**
 * Asks the provider about a payout by its request number. If the transfer
 * waits for the dealer's confirmation but the answer that carried
 * `package_info` was lost (a query doesn't carry it), the same create is sent
 * again to get it back: WeChat answers a repeated request number with the
 * transfer it already has, so this is still one transfer.
 */
export async function queryTransfer(provider: PayoutProvider, payout: PayoutRecord): Promise<TransferOutcome> {
  const outcome = await provider.queryTransfer({ out_bill_no: payout.out_bill_no, currency_code: payout.currency_code })
  if (outcome.state === "awaiting_confirmation" && !outcome.package_info && !payout.package_info) {
    const again = await provider.createTransfer(transferOf(payout))
    if (again.state === "awaiting_confirmation" && again.package_info) {
      return again
    }
  }
  return outcome
}
