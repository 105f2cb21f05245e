import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PayoutStatus } from "../types/payout"

const COLORS: Record<PayoutStatus, "grey" | "blue" | "orange" | "purple" | "green" | "red"> = {
  draft: "grey",
  queued: "grey",
  sending: "blue",
  processing: "blue",
  awaiting_confirmation: "orange",
  succeeded: "green",
  failed: "red",
  canceled: "grey",
}

/** Where one payout stands, from draft to paid, failed or canceled. */
export const PayoutStatusBadge = ({
  status,
  testId = "payout-status",
}: {
  status: PayoutStatus
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
      {t(`distribution.payouts.statuses.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
