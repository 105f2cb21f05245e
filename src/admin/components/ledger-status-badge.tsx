import { LedgerEntryStatus } from "../types/commission"
import { createStatusBadge } from "./status-badge-factory"

/** Where a ledger entry stands: pending (on hold), available (payable), reserved (in a payout) or paid. */
export const LedgerStatusBadge = createStatusBadge<LedgerEntryStatus>({
  colors: { pending: "orange", available: "green", reserved: "purple", paid: "blue" },
  labelKey: "distribution.ledger.statuses",
  testId: "ledger-status-badge",
})
