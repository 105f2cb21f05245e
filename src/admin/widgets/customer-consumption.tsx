import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { QueryErrorState } from "../components/query-error-state"
import { useCustomerInsight } from "../hooks/api/customer-insights"
import { useIntlLocale } from "../hooks/common/use-intl-locale"
import { useTierName } from "../hooks/common/use-tier-name"
import { formatMoney } from "../lib/format-money"
import { CustomerTierChangeRow } from "../routes/distribution/customer-tiers/components/customer-tier-change-row"
import { Favourite } from "../types/customer-insights"

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className="tabular-nums" data-testid={testId}>
      {value}
    </Text>
  </div>
)

const FavouriteList = ({ title, items, locale, empty }: { title: string; items: Favourite[]; locale: string; empty: string }) => (
  <div className="flex flex-col gap-y-2">
    <Text size="small" weight="plus">
      {title}
    </Text>
    {items.length ? (
      <ol className="flex flex-col gap-y-1">
        {items.map((f, i) => (
          <li key={f.id} className="flex items-center justify-between gap-x-2">
            <Text size="small" className="truncate">
              {`${i + 1}. ${f.name ?? f.id}`}
            </Text>
            <Text size="small" className="text-ui-fg-subtle tabular-nums whitespace-nowrap">
              {formatMoney(f.net_spend, f.currency_code, locale)}
            </Text>
          </li>
        ))}
      </ol>
    ) : (
      <Text size="small" className="text-ui-fg-muted">
        {empty}
      </Text>
    )}
  </div>
)

/**
 * On a customer's page: consumption statistics from the sales facts (orders,
 * total and average net spend, first/last order, purchase frequency,
 * favourite categories and products), the bound dealer, the customer tier
 * (客户分级) and its history.
 */
const CustomerConsumptionWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useTranslation()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.customerInsights.${key}`, options)
  const locale = useIntlLocale()
  const tierName = useTierName()
  const { insight, isPending, isError, error, refetch } = useCustomerInsight(customer.id)

  const date = (value: string | null) => (value ? new Date(value).toLocaleDateString(locale) : "–")
  const money = (value: string | null, currency: string | null) => (value != null && currency ? formatMoney(value, currency, locale) : "–")

  return (
    <Container className="divide-y p-0" data-testid="customer-consumption-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{k("widget.title")}</Heading>
        {insight?.tier ? (
          <Badge size="small" color="green" data-testid="customer-consumption-tier">
            {`${tierName(insight.tier)} (${insight.tier.code})`}
          </Badge>
        ) : insight ? (
          <Badge size="small" color="grey" data-testid="customer-consumption-tier">
            {t("distribution.customerTiers.noTier")}
          </Badge>
        ) : null}
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/2" />
        </div>
      ) : isError ? (
        <div className="p-4">
          <QueryErrorState error={error} onRetry={refetch} />
        </div>
      ) : !insight ? null : (
        <>
          {insight.stats.order_count === 0 ? (
            <div className="px-6 py-4" data-testid="customer-consumption-empty">
              <Text size="small" className="text-ui-fg-muted">
                {k("widget.noOrders")}
              </Text>
            </div>
          ) : (
            <>
              <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-3">
                <Figure label={k("fields.orders")} value={String(insight.stats.order_count)} testId="customer-consumption-orders" />
                <Figure
                  label={k("fields.totalSpend")}
                  value={money(insight.stats.total_spend, insight.stats.currency_code)}
                  testId="customer-consumption-total"
                />
                <Figure
                  label={k("fields.averageSpend")}
                  value={money(insight.stats.average_spend, insight.stats.currency_code)}
                  testId="customer-consumption-average"
                />
                <Figure label={k("fields.firstOrder")} value={date(insight.stats.first_order_at)} testId="customer-consumption-first" />
                <Figure label={k("fields.lastOrder")} value={date(insight.stats.last_order_at)} testId="customer-consumption-last" />
                <Figure
                  label={k("fields.frequency")}
                  value={insight.stats.purchase_frequency ? k("widget.perThirtyDays", { value: insight.stats.purchase_frequency }) : "–"}
                  testId="customer-consumption-frequency"
                />
              </div>
              {insight.stats.per_currency.length > 1 && (
                <div className="flex flex-wrap gap-x-4 px-6 py-3">
                  {insight.stats.per_currency.map((c) => (
                    <Text key={c.currency_code} size="xsmall" className="text-ui-fg-subtle">
                      {k("widget.otherCurrency", {
                        currency: c.currency_code.toUpperCase(),
                        orders: c.order_count,
                        total: formatMoney(c.total_spend, c.currency_code, locale),
                      })}
                    </Text>
                  ))}
                </div>
              )}
              <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
                <FavouriteList
                  title={k("widget.favouriteCategories")}
                  items={insight.favourite_categories}
                  locale={locale}
                  empty={k("widget.noFavourites")}
                />
                <FavouriteList
                  title={k("widget.favouriteProducts")}
                  items={insight.favourite_products}
                  locale={locale}
                  empty={k("widget.noFavourites")}
                />
              </div>
            </>
          )}
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {k("fields.dealer")}
            </Text>
            <Text size="small" data-testid="customer-consumption-dealer">
              {insight.dealer ? (
                <Link to={`/distribution/dealers/${insight.dealer.id}`} className="text-ui-fg-interactive hover:underline">
                  {`${insight.dealer.code} · ${insight.dealer.display_name}`}
                </Link>
              ) : (
                k("widget.noDealer")
              )}
            </Text>
          </div>
          <div className="px-6 py-3">
            <Text size="small" weight="plus">
              {k("widget.tierHistory")}
            </Text>
          </div>
          {insight.tier_history.length ? (
            insight.tier_history.map((change) => <CustomerTierChangeRow key={change.id} change={change} />)
          ) : (
            <div className="px-6 py-3">
              <Text size="small" className="text-ui-fg-muted">
                {k("widget.noTierHistory")}
              </Text>
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerConsumptionWidget
