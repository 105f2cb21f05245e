import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PayoutAccountStatus } from "../types/payout"

const COLORS: Record<PayoutAccountStatus, "orange" | "green" | "red"> = {
  unverified: "orange",
  verified: "green",
  locked: "red",
}

/** Whether a payout account is verified, still unverified, or locked. */
export const PayoutAccountStatusBadge = ({
  status,
  testId = "payout-account-status",
}: {
  status: PayoutAccountStatus
  testId?: string
}) => {
  const { t } = useTranslation()

  return (
    <StatusBadge color={COLORS[status] ?? "grey"} data-testid={testId} data-status={status}>
      {t(`distribution.payoutAccounts.statuses.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
