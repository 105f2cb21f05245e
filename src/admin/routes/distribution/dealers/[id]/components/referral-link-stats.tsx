import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatConversionRate } from "../../../../../lib/format-conversion-rate"
import { AdminReferralLink } from "../../../../../types/referral-link"

/** Visits, carts, orders and the conversion rate (orders per visit) of a link. */
export const ReferralLinkStats = ({ link }: { link: AdminReferralLink }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const number = new Intl.NumberFormat(locale)
  const stats = [
    { key: "visits", value: number.format(link.visits) },
    { key: "carts", value: number.format(link.carts) },
    { key: "orders", value: number.format(link.orders) },
    { key: "conversion", value: formatConversionRate(link.conversion_rate, locale) },
  ]

  return (
    <dl className="grid grid-cols-4 gap-x-4">
      {stats.map(({ key, value }) => (
        <div key={key} className="flex flex-col">
          <Text asChild size="xsmall" className="text-ui-fg-muted">
            <dt>{t(`distribution.links.stats.${key}`)}</dt>
          </Text>
          <Text asChild size="small" weight="plus">
            <dd data-testid={`referral-link-${key}-${link.code}`}>{value}</dd>
          </Text>
        </div>
      ))}
    </dl>
  )
}
