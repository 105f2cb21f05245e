import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { AdminInventoryAnalysisSummaryResponse } from "../../../../../types/inventory-analysis"
import { formatNumber, formatValues } from "./format"

type Card = { key: string; label: string; value: string; hint?: string }

/** The network's totals: stock, value, sales in the period, turnover, cover, slow movers. */
export const SummaryCards = ({ summary }: { summary: AdminInventoryAnalysisSummaryResponse }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const totals = summary.totals
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.inventoryAnalysis.${key}`, options)

  const cards: Card[] = [
    {
      key: "on-hand",
      label: k("cards.onHand"),
      value: formatNumber(totals.on_hand, locale),
      hint: k("cards.onHandHint", {
        reserved: formatNumber(totals.reserved, locale),
        available: formatNumber(totals.available, locale),
      }),
    },
    {
      key: "value",
      label: k("cards.value"),
      value: formatValues(totals.values, locale),
      hint: totals.uncosted_on_hand
        ? k("cards.uncosted", { quantity: formatNumber(totals.uncosted_on_hand, locale) })
        : undefined,
    },
    {
      key: "sold",
      label: k("cards.sold", { days: summary.period_days }),
      value: formatNumber(totals.sold, locale),
      hint: k("cards.turnover", { turnover: formatNumber(totals.turnover, locale, 2) }),
    },
    {
      key: "cover",
      label: k("cards.daysOfCover"),
      value: totals.days_of_cover == null ? k("noSales") : formatNumber(totals.days_of_cover, locale, 1),
      hint: k("cards.daysOfCoverHint", { sold: formatNumber(totals.sold_30d, locale) }),
    },
    {
      key: "slow",
      label: k("cards.slowMovers"),
      value: formatNumber(totals.slow_movers, locale),
      hint: k("cards.slowMoversHint", { days: summary.slow_mover_days }),
    },
    {
      key: "locations",
      label: k("cards.locations"),
      value: formatNumber(totals.locations, locale),
      hint: k("cards.items", { items: formatNumber(totals.items, locale) }),
    },
  ]

  return (
    <div className="grid grid-cols-2 gap-4 lg:grid-cols-3 xl:grid-cols-6" data-testid="inventory-analysis-cards">
      {cards.map((card) => (
        <Container key={card.key} className="flex flex-col gap-y-1 px-4 py-3" data-testid={`inventory-analysis-card-${card.key}`}>
          <Text size="small" className="text-ui-fg-subtle">
            {card.label}
          </Text>
          <Text size="large" weight="plus" className="tabular-nums" data-testid={`inventory-analysis-card-${card.key}-value`}>
            {card.value}
          </Text>
          {card.hint && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {card.hint}
            </Text>
          )}
        </Container>
      ))}
    </div>
  )
}
