import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { DealerApplicationStatus } from "../types/application"

const COLORS: Record<DealerApplicationStatus, "green" | "orange" | "red"> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
}

export const ApplicationStatusBadge = ({
  status,
}: {
  status: DealerApplicationStatus
}) => {
  const { t } = useTranslation()

  return (
    <StatusBadge
      color={COLORS[status] ?? "orange"}
      data-testid="application-status-badge"
      data-status={status}
    >
      {t(`distribution.statuses.application.${status}`)}
    </StatusBadge>
  )
}
