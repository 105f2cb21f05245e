import { Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useEffect, useMemo } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../components/query-error-state"
import { SpreadsheetExportButtons } from "../../../../components/spreadsheet-export-buttons"
import { useCommissionReport, useExportReport, useSalesReport } from "../../../../hooks/api/reports"
import {
  CommissionReportParams,
  ReportKind,
  ReportPeriodView,
  ReportResponse,
  ReportRow,
  ReportTimeUnit,
  SalesReportParams,
} from "../../../../types/reports"
import { ReportChart } from "./report-chart"
import {
  ChartSeries,
  COMMISSION_CHART,
  COMMISSION_COLUMNS,
  FigureColumn,
  groupBy,
  ReportDefinition,
  SALES_CHART,
  SALES_COLUMNS,
} from "./report-definitions"
import { ReportTable } from "./report-table"
import { ReportTotals } from "./report-totals"

/** Rows a grouped report shows a page (the route pages them); a time report comes whole, at most 1000 buckets. */
const PAGE_SIZE = 25
const TIME_LIMIT = 1000

export type ReportViewProps = {
  report: ReportDefinition
  unit: ReportTimeUnit
  /** Period, currency and the filters this report takes; null while a custom range is incomplete. */
  filters: Record<string, string | undefined> | null
  /** A custom range without both days: the report waits for them. */
  incompleteRange: boolean
  offset: number
  onOffsetChange: (offset: number) => void
  /** The merchant's time zone and the period, as the server read them. */
  onPeriod: (period: ReportPeriodView) => void
}

/** The chosen report: the sales or the commission route behind the same body. */
export const ReportView = (props: ReportViewProps) =>
  props.report.kind === "sales" ? <SalesReportView {...props} /> : <CommissionReportView {...props} />

function useReportQuery<Q>(props: ReportViewProps): Q {
  const time = props.report.group === "time"
  return useMemo(
    () =>
      ({
        group_by: groupBy(props.report, props.unit),
        ...props.filters,
        limit: time ? TIME_LIMIT : PAGE_SIZE,
        offset: time ? 0 : props.offset,
      }) as Q,
    [props.report, props.unit, props.filters, props.offset, time]
  )
}

const SalesReportView = (props: ReportViewProps) => {
  const query = useReportQuery<SalesReportParams>(props)
  const result = useSalesReport(query, { enabled: !!props.filters, placeholderData: keepPreviousData })
  return <ReportBody {...props} kind="sales" query={query} result={result} columns={SALES_COLUMNS} series={SALES_CHART} />
}

const CommissionReportView = (props: ReportViewProps) => {
  const query = useReportQuery<CommissionReportParams>(props)
  const result = useCommissionReport(query, { enabled: !!props.filters, placeholderData: keepPreviousData })
  return (
    <ReportBody {...props} kind="commission" query={query} result={result} columns={COMMISSION_COLUMNS} series={COMMISSION_CHART} />
  )
}

type ReportBodyProps<F> = ReportViewProps & {
  kind: ReportKind
  query: SalesReportParams | CommissionReportParams
  result: {
    report?: ReportResponse<string, F>
    isPending: boolean
    isError: boolean
    isFetching: boolean
    error: Error | null
    refetch: () => void
  }
  columns: FigureColumn<F>[]
  series: ChartSeries<F>
}

const isZero = (value: unknown) => Number(value) === 0

const ReportBody = <F,>({
  report,
  kind,
  query,
  result,
  columns,
  series,
  filters,
  incompleteRange,
  offset,
  onOffsetChange,
  onPeriod,
}: ReportBodyProps<F>) => {
  const { t } = useTranslation()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.reports.${key}`, options)
  const response = result.report
  const time = report.group === "time"
  const group = String(query.group_by)

  useEffect(() => {
    if (response?.period) {
      onPeriod(response.period)
    }
  }, [response?.period?.key, response?.period?.from, response?.period?.timezone])

  const exporter = useExportReport({ onError: (error) => toast.error(error.message || k("exportFailed")) })

  const rowLabel = useCallback(
    (row: ReportRow<F>) => (row.key == null ? k(`noKey.${group}`) : row.label || row.key),
    [group, t]
  )
  const names = useMemo(
    () => Object.fromEntries([series.primary, series.secondary, series.count].map((f) => [f, k(`fields.${f}`)])),
    [series, t]
  )

  const header = (
    <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
      <div className="flex flex-col">
        <Heading level="h2">{time ? k(`titles.${report.id}`, { unit: k(`units.${group}`) }) : k(`titles.${report.id}`)}</Heading>
        <Text size="small" className="text-ui-fg-subtle" data-testid="reports-period-label">
          {response?.period
            ? `${response.period.label} · ${response.period.timezone} · ${response.currency_code.toUpperCase()}`
            : k(`descriptions.${kind}`)}
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        {filters && (
          <SpreadsheetExportButtons
            exporter={exporter}
            onExport={(format) => exporter.mutate({ report: kind, query, format })}
            labelKey="distribution.reports"
            testId="reports-export"
          />
        )}
      </div>
    </div>
  )

  let body: JSX.Element
  if (incompleteRange) {
    body = (
      <div className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid="reports-choose-range">
        <Text size="small" weight="plus">
          {k("chooseRange")}
        </Text>
      </div>
    )
  } else if (result.isError) {
    body = (
      <div className="p-4">
        <QueryErrorState error={result.error} onRetry={result.refetch} />
      </div>
    )
  } else if (!filters || result.isPending || !response) {
    body = (
      <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" data-testid="reports-loading">
        <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
          {columns.map((c) => (
            <Skeleton key={c.field} className="h-[72px] w-full rounded-lg" />
          ))}
        </div>
        <Skeleton className="h-[300px] w-full rounded-lg" />
      </div>
    )
  } else {
    const totals = response.totals
    const empty = columns.every((c) => isZero(totals[c.field])) && !response.rows.some((r) => columns.some((c) => !isZero(r[c.field])))
    const rows = time ? response.rows.slice(offset, offset + PAGE_SIZE) : response.rows
    body = (
      <div
        className="flex flex-col gap-y-4 px-6 py-4"
        data-testid="reports-result"
        data-group={response.group_by}
        data-period={response.period.key}
        data-currency={response.currency_code}
        aria-busy={result.isFetching}
      >
        <ReportTotals columns={columns} totals={totals} currency={response.currency_code} />
        {empty ? (
          <div className="flex flex-col items-center gap-y-1 rounded-lg border border-dashed px-6 py-10" data-testid="reports-empty">
            <Text size="small" weight="plus">
              {k("emptyHeading")}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {k("emptyDescription")}
            </Text>
          </div>
        ) : (
          <>
            <ReportChart
              rows={response.rows}
              series={series}
              currency={response.currency_code}
              time={time}
              names={names}
              rowLabel={rowLabel}
            />
            {group === "category" && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {k("categoryNote")}
              </Text>
            )}
            {kind === "commission" && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {k("commissionNote")}
              </Text>
            )}
            <div className="-mx-6 border-t">
              <ReportTable
                group={group}
                columns={columns}
                rows={rows}
                totals={totals}
                currency={response.currency_code}
                rowLabel={rowLabel}
                count={response.count}
                pageSize={PAGE_SIZE}
                offset={offset}
                onOffsetChange={onOffsetChange}
              />
            </div>
          </>
        )}
      </div>
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="reports-view" data-report={report.id}>
      {header}
      {body}
    </Container>
  )
}
