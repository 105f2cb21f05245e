import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../hooks/common/use-intl-locale"
import { formatMoney } from "../lib/format-money"
import { GraphMoney } from "../types/relationship-graph"

/** Amounts in several currencies, one after another; "No sales" when there are none. */
export const MoneyList = ({ amounts }: { amounts: GraphMoney[] }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()

  if (!amounts.length) {
    return (
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("distribution.graph.noSales")}
      </Text>
    )
  }

  return (
    <Text size="small" weight="plus" className="truncate">
      {amounts
        .map(({ amount, currency_code }) => formatMoney(amount, currency_code, locale))
        .join(" · ")}
    </Text>
  )
}
