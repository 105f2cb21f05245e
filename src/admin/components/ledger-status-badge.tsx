import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { LedgerEntryStatus } from "../types/commission"

const COLORS: Record<LedgerEntryStatus, "orange" | "green" | "purple" | "blue"> = {
  pending: "orange",
  available: "green",
  reserved: "purple",
  paid: "blue",
}

/** Where a ledger entry stands: pending (on hold), available (payable), reserved (in a payout) or paid. */
export const LedgerStatusBadge = ({
  status,
  testId = "ledger-status-badge",
}: {
  status: LedgerEntryStatus
  testId?: string
}) => {
  const { t } = useTranslation()

  return (
    <StatusBadge color={COLORS[status] ?? "grey"} data-testid={testId} data-status={status}>
      {t(`distribution.ledger.statuses.${status}`)}
    </StatusBadge>
  )
}
