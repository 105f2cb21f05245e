import { PayoutBatchStatus } from "../types/payout"
import { createStatusBadge } from "./status-badge-factory"

/** Where a payout batch stands: pending approval, being paid, or done. */
export const PayoutBatchStatusBadge = createStatusBadge<PayoutBatchStatus>({
  colors: {
    draft: "orange",
    approved: "blue",
    processing: "blue",
    completed: "green",
    partially_failed: "red",
    canceled: "grey",
  },
  labelKey: "distribution.payouts.batchStatuses",
  testId: "payout-batch-status",
  className: "whitespace-nowrap",
})
