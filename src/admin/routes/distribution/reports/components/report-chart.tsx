import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { ReportRow } from "../../../../types/reports"
import { ChartSeries } from "./report-definitions"
import { formatCount, REPORT_COLORS } from "./report-format"

const AXIS = { fontSize: 12 }
/** Bars of a grouped report: the page's largest groups (the table has them all). */
const MAX_BARS = 12

type ReportChartProps<F> = {
  rows: ReportRow<F>[]
  series: ChartSeries<F>
  currency: string
  /** Over time (area and line, one point per bucket) or per group (bars). */
  time: boolean
  /** The legend's names of the series. */
  names: Record<string, string>
  /** A row's name on the axis (time labels as they come; groups by name). */
  rowLabel: (row: ReportRow<F>) => string
}

/**
 * The report at a glance: over time, the main amount as an area and the
 * second as a line (bars for one or two buckets), the count as faint bars on
 * its own axis; per group, the two amounts as horizontal bars. For the eye
 * only: the exact figures are in the table and the export.
 */
export const ReportChart = <F,>({ rows, series, currency, time, names, rowLabel }: ReportChartProps<F>) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const data = useMemo(
    () =>
      (time ? rows : rows.slice(0, MAX_BARS)).map((row) => ({
        name: rowLabel(row),
        primary: Number(row[series.primary]),
        secondary: Number(row[series.secondary]),
        count: Number(row[series.count]),
      })),
    [rows, series, time, rowLabel]
  )
  const compact = (v: number) => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(v)
  const tooltip = (value: unknown, _name: unknown, item: { dataKey?: unknown }) =>
    item.dataKey === "count" ? formatCount(Number(value), locale) : formatMoney(String(value), currency, locale)

  if (time) {
    const few = data.length < 3
    return (
      <div style={{ width: "100%", height: 300 }} data-testid="reports-chart" data-kind="time" data-points={data.length}>
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <defs>
              <linearGradient id="reports-area" x1="0" y1="0" x2="0" y2="1">
                <stop offset="5%" stopColor={REPORT_COLORS[0]} stopOpacity={0.35} />
                <stop offset="95%" stopColor={REPORT_COLORS[0]} stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={AXIS} minTickGap={12} />
            <YAxis yAxisId="money" tick={AXIS} tickFormatter={compact} />
            <YAxis yAxisId="count" orientation="right" tick={AXIS} allowDecimals={false} />
            <Tooltip formatter={tooltip} />
            <Legend />
            <Bar
              yAxisId="count"
              dataKey="count"
              name={names[series.count]}
              fill={REPORT_COLORS[2]}
              opacity={0.3}
              maxBarSize={32}
            />
            {few ? (
              // One or two buckets draw no area or line worth the name: bars side by side.
              <>
                <Bar yAxisId="money" dataKey="primary" name={names[series.primary]} fill={REPORT_COLORS[0]} maxBarSize={48} />
                <Bar yAxisId="money" dataKey="secondary" name={names[series.secondary]} fill={REPORT_COLORS[1]} maxBarSize={48} />
              </>
            ) : (
              <>
                <Area
                  yAxisId="money"
                  type="monotone"
                  dataKey="primary"
                  name={names[series.primary]}
                  stroke={REPORT_COLORS[0]}
                  strokeWidth={2}
                  fill="url(#reports-area)"
                  dot={data.length <= 31}
                />
                <Line
                  yAxisId="money"
                  type="monotone"
                  dataKey="secondary"
                  name={names[series.secondary]}
                  stroke={REPORT_COLORS[1]}
                  strokeWidth={2}
                  dot={data.length <= 31}
                />
              </>
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    )
  }

  return (
    <div
      style={{ width: "100%", height: Math.max(160, 48 + data.length * 36) }}
      data-testid="reports-chart"
      data-kind="groups"
      data-points={data.length}
      title={rows.length > MAX_BARS ? t("distribution.reports.chartTop", { count: MAX_BARS }) : undefined}
    >
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS} tickFormatter={compact} />
          <YAxis
            type="category"
            dataKey="name"
            tick={AXIS}
            width={200}
            interval={0}
            tickFormatter={(v: string) => (v.length > 28 ? `${v.slice(0, 27)}…` : v)}
          />
          <Tooltip formatter={tooltip} />
          <Legend />
          <Bar dataKey="primary" name={names[series.primary]} fill={REPORT_COLORS[0]} maxBarSize={14} />
          <Bar dataKey="secondary" name={names[series.secondary]} fill={REPORT_COLORS[1]} maxBarSize={14} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
