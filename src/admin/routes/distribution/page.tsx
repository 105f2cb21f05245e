import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, Buildings } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { QueryErrorState } from "../../components/query-error-state"
import { CurrencySelect, useStoreCurrencyCodes } from "../../components/inputs/currency-select"
import { useDistributionDashboard, useExportDealerLeague } from "../../hooks/api/performance"
import { DashboardCommissionLiability } from "./dashboard/components/dashboard-commission-liability"
import { DashboardTierDistribution } from "./dashboard/components/dashboard-tier-distribution"
import { DashboardTopDealers } from "./dashboard/components/dashboard-top-dealers"
import { DashboardTotals } from "./dashboard/components/dashboard-totals"
import { PerformancePeriodSelect } from "./dashboard/components/performance-period-select"
import { TrendChart } from "./dashboard/components/trend-chart"

const DashboardSkeleton = () => (
  <div className="flex flex-col gap-y-3" aria-busy="true" data-testid="dashboard-loading">
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      {Array.from({ length: 10 }).map((_, i) => (
        <Skeleton key={i} className="h-[88px] w-full rounded-lg" />
      ))}
    </div>
    <Skeleton className="h-[320px] w-full rounded-lg" />
  </div>
)

/**
 * The sidebar's "Distribution" entry: the network's dashboard — totals of the
 * period with growth, the sales trend, top dealers, dealers per tier and the
 * commission owed. The dealers list is one click away, as before.
 */
const DistributionPage = () => {
  const { t } = useTranslation()
  const [period, setPeriod] = useState("this_month")
  const { codes, defaultCode } = useStoreCurrencyCodes()
  const [currency, setCurrency] = useState<string | undefined>(undefined)
  const currencyCode = currency ?? defaultCode
  const query = { period, ...(currencyCode ? { currency_code: currencyCode } : {}) }
  const { dashboard, isPending, isError, error, refetch } = useDistributionDashboard(query)
  const exportLeague = useExportDealerLeague({
    onError: (e) => toast.error(e.message),
  })
  const k = (key: string) => t(`distribution.dashboard.${key}`)

  return (
    <div className="flex flex-col gap-y-3" data-testid="distribution-dashboard">
      <Container className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">{k("title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {dashboard ? `${dashboard.period.label} · ${dashboard.period.timezone}` : k("subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <PerformancePeriodSelect value={period} onChange={setPeriod} testId="dashboard-period" />
          {codes.length > 1 && (
            <div className="w-[100px]">
              <CurrencySelect value={currencyCode} onChange={setCurrency} currencies={codes} testId="dashboard-currency" />
            </div>
          )}
          <Button
            size="small"
            variant="secondary"
            isLoading={exportLeague.isPending}
            onClick={() => exportLeague.mutate(query)}
            data-testid="dashboard-export-league"
          >
            <ArrowDownTray />
            {k("exportLeague")}
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/distribution/dealers" data-testid="dashboard-open-dealers">
              {k("openDealers")}
            </Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/distribution/tier-rules" data-testid="dashboard-open-tier-rules">
              {k("openTierRules")}
            </Link>
          </Button>
        </div>
      </Container>
      {isPending ? (
        <DashboardSkeleton />
      ) : isError || !dashboard ? (
        <QueryErrorState error={error} onRetry={refetch} />
      ) : (
        <>
          <DashboardTotals dashboard={dashboard} />
          <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="dashboard-trend">
            <div>
              <Heading level="h2">{k("trend.title")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {t(`distribution.dashboard.trend.per.${dashboard.trend.unit}`)}
              </Text>
            </div>
            <TrendChart trend={dashboard.trend} currency={dashboard.currency_code} />
          </Container>
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <DashboardTopDealers dashboard={dashboard} />
            <DashboardTierDistribution dashboard={dashboard} />
          </div>
          <DashboardCommissionLiability dashboard={dashboard} />
        </>
      )}
    </div>
  )
}

// The label is an i18n key of the default namespace (see `src/admin/i18n`).
export const config = defineRouteConfig({
  label: "distribution.menu.root",
  translationNs: "translation",
  icon: Buildings,
})

export default DistributionPage
