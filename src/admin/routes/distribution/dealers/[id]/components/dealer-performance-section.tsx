import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { SectionErrorRow } from "../../../../../components/section-error-row"
import { useDealerPerformance } from "../../../../../hooks/api/performance"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../lib/format-money"
import { AdminDealerDetail } from "../../../../../types/dealer"
import { FigureTile } from "../../../dashboard/components/figure-tile"
import { formatCount, formatRatio } from "../../../dashboard/components/performance-format"
import { PerformancePeriodSelect } from "../../../dashboard/components/performance-period-select"
import { TrendChart } from "../../../dashboard/components/trend-chart"

/**
 * The dealer's performance for a period: own and downline sales, orders,
 * customers, returns, commission, stock value, growth, rank in its tier and a
 * daily (or monthly) trend.
 */
export const DealerPerformanceSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const [period, setPeriod] = useState("this_month")
  const { performance, isPending, isError, error, refetch } = useDealerPerformance(dealer.id, { period })
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.performance.${key}`, options)

  return (
    <Container className="divide-y p-0" data-testid="dealer-performance-section">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{k("title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {performance ? `${performance.period.label} · ${performance.currency_code.toUpperCase()}` : k("subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {performance?.rank && (
            <Badge size="small" color="blue" data-testid="dealer-performance-rank">
              {k("rank", { rank: performance.rank.rank, of: performance.rank.of })}
            </Badge>
          )}
          <PerformancePeriodSelect value={period} onChange={setPeriod} testId="dealer-performance-period" />
        </div>
      </div>
      {isPending ? (
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" aria-busy="true">
          {Array.from({ length: 8 }).map((_, i) => (
            <Skeleton key={i} className="h-[80px] w-full rounded-lg" />
          ))}
        </div>
      ) : isError || !performance ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : (
        <>
          {(() => {
            const f = performance.figures
            const money = (v: string | null) => (v == null ? "–" : formatMoney(v, f.currency_code, locale))
            return (
              <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" data-testid="dealer-performance-figures">
                <FigureTile testId="dealer-performance-net-sales" label={k("fields.netSales")} value={money(f.net_sales)} growth={performance.growth.net_sales} />
                <FigureTile testId="dealer-performance-downline" label={k("fields.downlineNetSales")} value={money(f.downline_net_sales)} />
                <FigureTile testId="dealer-performance-team" label={k("fields.teamNetSales")} value={money(f.team_net_sales)} growth={performance.growth.team_net_sales} />
                <FigureTile testId="dealer-performance-orders" label={k("fields.orders")} value={formatCount(f.order_count, locale)} growth={performance.growth.order_count} />
                <FigureTile testId="dealer-performance-aov" label={k("fields.averageOrderValue")} value={money(f.average_order_value)} />
                <FigureTile testId="dealer-performance-active" label={k("fields.activeCustomers")} value={formatCount(f.active_customers, locale)} growth={performance.growth.active_customers} />
                <FigureTile testId="dealer-performance-new-bound" label={k("fields.newBoundCustomers")} value={formatCount(f.new_bound_customers, locale)} />
                <FigureTile testId="dealer-performance-return-rate" label={k("fields.returnRate")} value={formatRatio(f.return_rate, locale)} hint={money(f.refunded)} />
                <FigureTile testId="dealer-performance-commission-earned" label={k("fields.commissionEarned")} value={money(f.commission_earned)} />
                <FigureTile testId="dealer-performance-commission-paid" label={k("fields.commissionPaid")} value={money(f.commission_paid)} />
                <FigureTile testId="dealer-performance-stock-value" label={k("fields.stockValue")} value={money(f.stock_value)} hint={k("fields.stockValueHint")} />
                <FigureTile testId="dealer-performance-previous" label={k("fields.previousNetSales", { period: performance.previous_period.label })} value={money(performance.previous.net_sales)} />
              </div>
            )
          })()}
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus">
              {k("trend", { unit: t(`distribution.dashboard.trend.per.${performance.trend.unit}`) })}
            </Text>
            <TrendChart trend={performance.trend} currency={performance.currency_code} height={220} />
          </div>
        </>
      )}
    </Container>
  )
}
