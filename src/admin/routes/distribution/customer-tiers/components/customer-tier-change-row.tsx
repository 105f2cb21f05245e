import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { CustomerTierChange, CustomerTierRef } from "../../../../types/customer-insights"

const SOURCE_COLORS = { order: "blue", job: "purple", admin: "grey" } as const

/** A tier in a change: its name, struck through when the tier was deleted since. */
export const TierLabel = ({ tier }: { tier: CustomerTierRef | null }) => {
  const { t } = useTranslation()
  const tierName = useTierName()
  if (!tier) {
    return <span className="text-ui-fg-muted">{t("distribution.customerTiers.noTier")}</span>
  }
  return <span className={tier.deleted ? "line-through" : undefined}>{`${tierName(tier)} (${tier.code})`}</span>
}

/** One tier change: from → to, why, what triggered it, when; optionally whose. */
export const CustomerTierChangeRow = ({ change, showCustomer = false }: { change: CustomerTierChange; showCustomer?: boolean }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const customer = change.customer
  return (
    <div className="flex flex-col gap-y-1 px-6 py-3" data-testid={`customer-tier-change-${change.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" weight="plus" className="flex flex-wrap items-center gap-x-1">
          <TierLabel tier={change.from_tier} />
          <span aria-hidden>→</span>
          <TierLabel tier={change.to_tier} />
        </Text>
        <div className="flex items-center gap-x-2">
          <Badge size="2xsmall" color={SOURCE_COLORS[change.source] ?? "grey"}>
            {t(`distribution.customerTiers.sources.${change.source}`)}
          </Badge>
          <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
            {new Date(change.created_at).toLocaleString(locale)}
          </Text>
        </div>
      </div>
      {showCustomer && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          <Link to={`/customers/${change.customer_id}`} className="text-ui-fg-interactive hover:underline">
            {customer?.email || [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || change.customer_id}
          </Link>
        </Text>
      )}
      <Text size="xsmall" className="text-ui-fg-subtle">
        {change.reason}
      </Text>
    </div>
  )
}
