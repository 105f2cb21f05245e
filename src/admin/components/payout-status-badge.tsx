import { PayoutStatus } from "../types/payout"
import { createStatusBadge } from "./status-badge-factory"

/** Where one payout stands, from draft to paid, failed or canceled. */
export const PayoutStatusBadge = createStatusBadge<PayoutStatus>({
  colors: {
    draft: "grey",
    queued: "grey",
    sending: "blue",
    processing: "blue",
    awaiting_confirmation: "orange",
    succeeded: "green",
    failed: "red",
    canceled: "grey",
  },
  labelKey: "distribution.payouts.statuses",
  testId: "payout-status",
  className: "whitespace-nowrap",
})
