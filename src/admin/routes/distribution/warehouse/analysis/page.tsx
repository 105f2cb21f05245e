import { Container, Heading, Select, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { BreadcrumbLabel } from "../../../../components/breadcrumb-label"
import { QueryErrorState } from "../../../../components/query-error-state"
import { useInventoryAnalysisSummary } from "../../../../hooks/api/inventory-analysis"
import { ExportCsvButton } from "./components/export-csv-button"
import { LocationCharts } from "./components/location-charts"
import { NetworkTable } from "./components/network-table"
import { StockTable } from "./components/stock-table"
import { SummaryCards } from "./components/summary-cards"

const PERIODS = [7, 30, 60, 90, 180, 365]

/**
 * `/distribution/warehouse/analysis`: stock, value, sales, turnover, cover and
 * slow movers per location and item, and each item across the dealer network.
 */
const InventoryAnalysisPage = () => {
  const { t } = useTranslation()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.inventoryAnalysis.${key}`, options)
  const [periodDays, setPeriodDays] = useState(30)
  const { summary, isPending, isError, error, refetch } = useInventoryAnalysisSummary(
    { period_days: periodDays },
    { placeholderData: keepPreviousData }
  )

  return (
    <div className="flex flex-col gap-y-3" data-testid="inventory-analysis-page">
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading>{k("title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {k("subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Text size="small" className="text-ui-fg-subtle">
            {k("period")}
          </Text>
          <div className="w-36">
            <Select size="small" value={String(periodDays)} onValueChange={(v) => setPeriodDays(Number(v))}>
              <Select.Trigger data-testid="inventory-analysis-period">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {PERIODS.map((days) => (
                  <Select.Item key={days} value={String(days)}>
                    {k("periodDays", { days })}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <ExportCsvButton report="summary" query={{ period_days: periodDays }} />
        </div>
      </Container>
      {isError ? (
        <QueryErrorState error={error} onRetry={refetch} />
      ) : isPending || !summary ? (
        <Container className="px-6 py-8">
          <Text size="small" className="text-ui-fg-muted">
            {t("distribution.common.loading")}
          </Text>
        </Container>
      ) : !summary.locations.length ? (
        <Container className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid="inventory-analysis-empty">
          <Text size="small" weight="plus">
            {k("emptyHeading")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {k("emptyDescription")}
          </Text>
        </Container>
      ) : (
        <>
          <SummaryCards summary={summary} />
          <LocationCharts summary={summary} />
          <StockTable periodDays={periodDays} locations={summary.locations} />
          <NetworkTable />
        </>
      )}
    </div>
  )
}

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.inventoryAnalysis.breadcrumb" />,
}

export default InventoryAnalysisPage
