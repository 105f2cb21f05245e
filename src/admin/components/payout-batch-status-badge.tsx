import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PayoutBatchStatus } from "../types/payout"

const COLORS: Record<PayoutBatchStatus, "orange" | "blue" | "green" | "red" | "grey"> = {
  draft: "orange",
  approved: "blue",
  processing: "blue",
  completed: "green",
  partially_failed: "red",
  canceled: "grey",
}

/** Where a payout batch stands: pending approval, being paid, or done. */
export const PayoutBatchStatusBadge = ({
  status,
  testId = "payout-batch-status",
}: {
  status: PayoutBatchStatus
  testId?: string
}) => {
  const { t } = useTranslation()

  return (
    <StatusBadge
      color={COLORS[status] ?? "grey"}
      className="whitespace-nowrap"
      data-testid={testId}
      data-status={status}
    >
      {t(`distribution.payouts.batchStatuses.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
