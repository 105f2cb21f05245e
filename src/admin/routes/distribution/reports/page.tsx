import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Container, Heading, Select, Tabs, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { useStoreCurrencyCodes } from "../../../components/inputs/currency-select"
import { REPORT_TIME_UNITS, ReportPeriodView } from "../../../types/reports"
import { REPORT_IDS, REPORTS } from "./components/report-definitions"
import { ReportFilters } from "./components/report-filters"
import { periodQuery } from "./components/report-period"
import { ReportView } from "./components/report-view"
import { useReportParams } from "./components/use-report-params"

/**
 * `/distribution/reports`: sales by period, product, category, region,
 * dealer and dealer tier from the sales fact table, and commission by period
 * and dealer from the ledger — one currency and period at a time, with
 * totals, a chart, the table and its CSV / XLSX. Inventory reports are the
 * warehouses' analysis page, linked from here.
 */
const ReportsPage = () => {
  const { t } = useTranslation()
  const k = (key: string) => t(`distribution.reports.${key}`)
  const [params, update] = useReportParams()
  const report = REPORTS[params.report]
  const { codes, defaultCode, isPending: currenciesPending } = useStoreCurrencyCodes()
  const currency = params.currency_code ?? defaultCode
  // The merchant's calendar, learnt from the first answer: "last month" is theirs, not the browser's.
  const [timeZone, setTimeZone] = useState<string>()
  const period = useMemo(
    () => periodQuery(params.preset, { from: params.from, to: params.to }, { timeZone }),
    [params.preset, params.from, params.to, timeZone]
  )

  const filters = useMemo(() => {
    // The store's currency first (a store without one lets the server choose).
    if (!period || (!currency && currenciesPending)) {
      return null
    }
    return {
      ...period,
      currency_code: currency,
      dealer_id: params.dealer_id,
      ...(report.filters.includes("tier") ? { tier_id: params.tier_id } : {}),
      ...(report.filters.includes("region") ? { region_id: params.region_id } : {}),
    }
  }, [period, params.dealer_id, params.tier_id, params.region_id, report, currency, currenciesPending])

  const onPeriod = (period: ReportPeriodView) => setTimeZone(period.timezone)

  return (
    <div className="flex flex-col gap-y-3" data-testid="reports-page">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div className="flex flex-col">
            <Heading level="h1">{k("title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {k("subtitle")}
            </Text>
          </div>
          <Button size="small" variant="secondary" asChild>
            <Link to="/distribution/warehouse/analysis" data-testid="reports-inventory-link">
              <ArrowUpRightOnBox />
              {k("inventoryLink")}
            </Link>
          </Button>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-3">
          <Tabs value={params.report} onValueChange={(value) => update({ report: value })}>
            <Tabs.List className="flex flex-wrap gap-1">
              {REPORT_IDS.map((id) => (
                <Tabs.Trigger key={id} value={id} data-testid={`reports-tab-${id}`}>
                  {k(`tabs.${id}`)}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </Tabs>
          {report.group === "time" && (
            <div className="flex items-center gap-x-2">
              <Text size="small" className="text-ui-fg-subtle">
                {k("filters.unit")}
              </Text>
              <div className="w-28">
                <Select size="small" value={params.unit} onValueChange={(value) => update({ unit: value })}>
                  <Select.Trigger data-testid="reports-unit">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {REPORT_TIME_UNITS.map((unit) => (
                      <Select.Item key={unit} value={unit}>
                        {k(`groups.${unit}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
          )}
        </div>
        <ReportFilters params={params} report={report} onChange={update} currencies={codes} currency={currency} />
      </Container>
      <ReportView
        report={report}
        unit={params.unit}
        filters={filters}
        incompleteRange={!period}
        offset={params.offset}
        onOffsetChange={(offset) => update({ offset })}
        onPeriod={onPeriod}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "distribution.menu.reports",
  translationNs: "translation",
  rank: 12,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.reports" />,
}

export default ReportsPage
