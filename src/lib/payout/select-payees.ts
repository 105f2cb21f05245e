import type { PayoutAccountStatus, PayoutSkipReason } from "../../types/payout"
import { Money } from "../commission/decimal"

/**
 * Who a new batch pays. Every dealer with money available is either a payee
 * (for all of it) or listed as skipped with the reason, so the admin sees
 * why someone is missing instead of guessing.
 */

export type PayeeCandidate = {
  dealer_id: string
  dealer_code: string
  dealer_status: string
  /** The dealer's available commission in the batch's currency (decimal string). */
  available: string
}

export type PayeeAccount = { id: string; status: PayoutAccountStatus }

export type Payee = { dealer_id: string; dealer_code: string; account_id: string; amount: string }

export type SkippedPayee = {
  dealer_id: string
  dealer_code: string
  available: string
  reason: PayoutSkipReason
}

export type SelectPayeesInput = {
  candidates: PayeeCandidate[]
  /** The dealers' accounts with the batch's provider, by dealer_id. */
  accounts: Map<string, PayeeAccount>
  /** The plugin's min_payout_amount (decimal string). */
  min_payout_amount: string
  /** The provider's minimumAmount(currency): null when it can't pay the currency. */
  provider_minimum: string | null
  /** Only to name them in the error when the provider can't pay the currency. */
  provider_id?: string
  currency_code?: string
}

export type SelectPayeesResult = { payees: Payee[]; skipped: SkippedPayee[] }

/** The provider has no way to pay the currency: the caller answers 400 with the message. */
export class PayoutCurrencyUnsupported extends Error {
  constructor(provider_id?: string, currency_code?: string) {
    const provider = provider_id ? `The payout provider "${provider_id}"` : "The payout provider"
    const currency = currency_code ? currency_code.toUpperCase() : "this currency"
    super(`${provider} can't pay in ${currency}.`)
    this.name = "PayoutCurrencyUnsupported"
  }
}

/**
 * The smallest amount worth sending: the merchant's minimum, but never below
 * what the provider accepts (WeChat refuses less than 0.10 CNY), so a batch
 * never holds a payout that is bound to fail.
 */
export function effectiveMinimum(
  min_payout_amount: string,
  provider_minimum: string | null,
  context: { provider_id?: string; currency_code?: string } = {}
): string {
  if (provider_minimum == null) {
    throw new PayoutCurrencyUnsupported(context.provider_id, context.currency_code)
  }
  return Money.max(min_payout_amount, provider_minimum).toString()
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
function byDealerCode<T extends { dealer_code: string; dealer_id: string }>(a: T, b: T): number {
  if (a.dealer_code !== b.dealer_code) return a.dealer_code < b.dealer_code ? -1 : 1
  if (a.dealer_id !== b.dealer_id) return a.dealer_id < b.dealer_id ? -1 : 1
  return 0
}

/**
 * Splits the candidates into payees and skipped dealers. The first reason
 * that applies wins: dealer_inactive, below_minimum, no_account,
 * account_locked (the order an admin would fix them in). Dealers with
 * nothing available (zero or negative, e.g. after a reversal) are left out
 * entirely: listing every dealer without money is noise. An "unverified"
 * account is paid: verification is the admin's optional check, locking is
 * how an admin stops payment.
 */
export function selectPayees(input: SelectPayeesInput): SelectPayeesResult {
  const minimum = new Money(
    effectiveMinimum(input.min_payout_amount, input.provider_minimum, input)
  )
  const payees: Payee[] = []
  const skipped: SkippedPayee[] = []

  for (const candidate of [...input.candidates].sort(byDealerCode)) {
    const available = new Money(candidate.available)
    if (available.lte(0)) continue
    const skip = (reason: PayoutSkipReason) =>
      skipped.push({
        dealer_id: candidate.dealer_id,
        dealer_code: candidate.dealer_code,
        available: candidate.available,
        reason,
      })

    if (candidate.dealer_status !== "active") {
      skip("dealer_inactive")
      continue
    }
    if (available.lt(minimum)) {
      skip("below_minimum")
      continue
    }
    const account = input.accounts.get(candidate.dealer_id)
    if (!account) {
      skip("no_account")
      continue
    }
    if (account.status === "locked") {
      skip("account_locked")
      continue
    }
    payees.push({
      dealer_id: candidate.dealer_id,
      dealer_code: candidate.dealer_code,
      account_id: account.id,
      amount: candidate.available,
    })
  }
  return { payees, skipped }
}
