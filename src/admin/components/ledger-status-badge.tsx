import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { LedgerEntryStatus } from "../types/commission"

const COLORS: Record<LedgerEntryStatus, "orange" | "green" | "blue"> = {
  pending: "orange",
  available: "green",
  paid: "blue",
}

/** Where a ledger entry stands: pending (on hold), available (payable) or paid. */
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
