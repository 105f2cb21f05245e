import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** A statement's closed state: the month is over and its figures are final. */
export const StatementClosedBadge = ({ closed }: { closed: boolean }) => {
  const { t } = useTranslation()

  return (
    <StatusBadge
      color={closed ? "grey" : "orange"}
      data-testid="statement-closed-badge"
      data-closed={closed}
    >
      {closed ? t("distribution.statements.closed") : t("distribution.statements.open")}
    </StatusBadge>
  )
}
