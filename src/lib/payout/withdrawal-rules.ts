import { currencyPrecision } from "../commission/currency-precision"
import { formatAmount, Money } from "../commission/decimal"
import { effectiveMinimum, PayoutCurrencyUnsupported } from "./select-payees"

/**
 * Whether a dealer may ask for a withdrawal (提现) now. The messages are for
 * the dealer, so they say what is wrong in the dealer's terms.
 */

export type WithdrawalRefusalReason = "open_withdrawal" | "currency_unsupported" | "below_minimum"

/** The dealer can't withdraw now: the caller answers 400 with the message. */
export class WithdrawalRefused extends Error {
  readonly reason: WithdrawalRefusalReason
  constructor(reason: WithdrawalRefusalReason, message: string) {
    super(message)
    this.name = "WithdrawalRefused"
    this.reason = reason
  }
}

export type WithdrawableInput = {
  /** The dealer's available balance in the currency (decimal string). */
  available: string
  currency_code: string
  min_payout_amount: string
  /** The provider's minimumAmount(currency): null when it can't pay the currency. */
  provider_minimum: string | null
  /** The dealer already has a withdrawal that hasn't been settled. */
  has_open_withdrawal: boolean
}

/** "8.00 CNY": the currency's decimals, or more if the amount has them (a minimum of "0.105" stays so). */
function displayAmount(value: string, currency_code: string): string {
  const decimals = Math.max(currencyPrecision(currency_code), new Money(value).decimalPlaces())
  return `${formatAmount(value, decimals)} ${currency_code.toUpperCase()}`
}

/**
 * Throws WithdrawalRefused unless the dealer may withdraw all their available
 * balance now. One open withdrawal at a time: a second would reserve the same
 * money twice in the dealer's eyes and double the admin's approvals.
 */
export function assertWithdrawable(input: WithdrawableInput): void {
  if (input.has_open_withdrawal) {
    throw new WithdrawalRefused("open_withdrawal", "A withdrawal is already waiting for approval.")
  }
  let minimum: string
  try {
    minimum = effectiveMinimum(input.min_payout_amount, input.provider_minimum)
  } catch (error) {
    if (!(error instanceof PayoutCurrencyUnsupported)) throw error
    throw new WithdrawalRefused(
      "currency_unsupported",
      `Withdrawals in ${input.currency_code.toUpperCase()} aren't possible with this payout method.`
    )
  }
  if (new Money(input.available).lt(minimum)) {
    throw new WithdrawalRefused(
      "below_minimum",
      `Your available balance ${displayAmount(input.available, input.currency_code)} is below the minimum payout of ${displayAmount(minimum, input.currency_code)}.`
    )
  }
}
