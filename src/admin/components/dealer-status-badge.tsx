import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { DealerStatus } from "../types/dealer"

const COLORS: Record<DealerStatus, "green" | "orange" | "red" | "grey"> = {
  pending: "orange",
  active: "green",
  suspended: "red",
  terminated: "grey",
}

type DealerStatusBadgeProps = {
  status: DealerStatus
  /** Only the badge that stands for "this dealer's status" keeps the default id. */
  testId?: string
}

export const DealerStatusBadge = ({
  status,
  testId = "dealer-status-badge",
}: DealerStatusBadgeProps) => {
  const { t } = useTranslation()

  return (
    <StatusBadge
      color={COLORS[status] ?? "grey"}
      data-testid={testId}
      data-status={status}
    >
      {t(`distribution.statuses.dealer.${status}`)}
    </StatusBadge>
  )
}
