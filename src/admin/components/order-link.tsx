import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

type OrderLinkProps = {
  orderId: string | null
  displayId: number | null
  testId?: string
}

/** "#1042", linking to the order's page; "-" when the entry has no order. */
export const OrderLink = ({ orderId, displayId, testId }: OrderLinkProps) => {
  const { t } = useTranslation()

  if (!orderId) {
    return <span className="text-ui-fg-muted">{t("distribution.common.empty")}</span>
  }

  return (
    <Link
      to={`/orders/${orderId}`}
      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small whitespace-nowrap"
      data-testid={testId}
      onClick={(event) => event.stopPropagation()}
    >
      {displayId != null ? `#${displayId}` : orderId}
    </Link>
  )
}
