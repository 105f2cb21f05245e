import { PayoutAccountStatus } from "../types/payout"
import { createStatusBadge } from "./status-badge-factory"

/** Whether a payout account is verified, still unverified, or locked. */
export const PayoutAccountStatusBadge = createStatusBadge<PayoutAccountStatus>({
  colors: { unverified: "orange", verified: "green", locked: "red" },
  labelKey: "distribution.payoutAccounts.statuses",
  testId: "payout-account-status",
})
