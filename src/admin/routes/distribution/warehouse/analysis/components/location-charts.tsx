import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../lib/format-money"
import { AdminInventoryAnalysisSummaryResponse } from "../../../../../types/inventory-analysis"
import { nameWithDealerCode } from "../../components/location-options"
import { CHART_COLORS, formatNumber } from "./format"

const CHART_HEIGHT = 280
const AXIS = { fontSize: 12 }

type Metric = "stock" | "value"
type Speed = "turnover" | "days_of_cover"

/**
 * Two charts of the locations: stock (on hand / available) or value (one bar
 * per currency), and turnover or days of cover. Chart numbers are for the
 * eye only; the exact figures are in the tables and the CSV.
 */
export const LocationCharts = ({ summary }: { summary: AdminInventoryAnalysisSummaryResponse }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const [metric, setMetric] = useState<Metric>("stock")
  const [speed, setSpeed] = useState<Speed>("turnover")
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.inventoryAnalysis.${key}`, options)

  const currencies = useMemo(() => summary.totals.values.map((v) => v.currency_code), [summary])
  const data = useMemo(
    () =>
      summary.locations.map((l) => ({
        name: nameWithDealerCode(l.location.name, l.dealer),
        on_hand: l.on_hand,
        available: l.available,
        turnover: l.turnover ?? 0,
        days_of_cover: l.days_of_cover,
        ...Object.fromEntries(l.values.map((v) => [`value_${v.currency_code}`, Number(v.value)])),
      })),
    [summary]
  )

  if (!summary.locations.length) {
    return null
  }

  const tooltipNumber = (value: unknown, digits = 0) =>
    typeof value === "number" ? formatNumber(value, locale, digits) : String(value ?? "–")

  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="inventory-analysis-stock-chart">
        <div className="flex items-center justify-between gap-x-4">
          <Heading level="h2">{k("charts.stockTitle")}</Heading>
          <Tabs value={metric} onValueChange={(v) => setMetric(v as Metric)}>
            <Tabs.List>
              <Tabs.Trigger value="stock">{k("charts.onHand")}</Tabs.Trigger>
              <Tabs.Trigger value="value" disabled={!currencies.length}>
                {k("charts.value")}
              </Tabs.Trigger>
            </Tabs.List>
          </Tabs>
        </div>
        <div style={{ width: "100%", height: CHART_HEIGHT }}>
          <ResponsiveContainer>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={AXIS} interval={0} />
              <YAxis tick={AXIS} tickFormatter={(v: number) => formatNumber(v, locale)} />
              <Legend />
              {metric === "stock" ? (
                <>
                  <Tooltip formatter={(v) => tooltipNumber(v)} />
                  <Bar dataKey="on_hand" name={k("fields.onHand")} fill={CHART_COLORS[0]} />
                  <Bar dataKey="available" name={k("fields.available")} fill={CHART_COLORS[1]} />
                </>
              ) : (
                <>
                  <Tooltip
                    formatter={(v, name) => {
                      const code = String(name).split(" ").pop()?.toLowerCase() ?? ""
                      return typeof v === "number" ? formatMoney(String(v), code, locale) : String(v)
                    }}
                  />
                  {currencies.map((code, i) => (
                    <Bar
                      key={code}
                      dataKey={`value_${code}`}
                      name={`${k("fields.value")} ${code.toUpperCase()}`}
                      fill={CHART_COLORS[(i + 2) % CHART_COLORS.length]}
                    />
                  ))}
                </>
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Container>
      <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="inventory-analysis-speed-chart">
        <div className="flex items-center justify-between gap-x-4">
          <div className="flex flex-col">
            <Heading level="h2">{speed === "turnover" ? k("charts.turnoverTitle") : k("charts.coverTitle")}</Heading>
            <Text size="xsmall" className="text-ui-fg-muted">
              {speed === "turnover"
                ? k("charts.turnoverHint", { days: summary.period_days })
                : k("charts.coverHint")}
            </Text>
          </div>
          <Tabs value={speed} onValueChange={(v) => setSpeed(v as Speed)}>
            <Tabs.List>
              <Tabs.Trigger value="turnover">{k("fields.turnover")}</Tabs.Trigger>
              <Tabs.Trigger value="days_of_cover">{k("fields.daysOfCover")}</Tabs.Trigger>
            </Tabs.List>
          </Tabs>
        </div>
        <div style={{ width: "100%", height: CHART_HEIGHT }}>
          <ResponsiveContainer>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={AXIS} interval={0} />
              <YAxis tick={AXIS} tickFormatter={(v: number) => formatNumber(v, locale, speed === "turnover" ? 2 : 0)} />
              <Tooltip formatter={(v) => (v == null ? k("noSales") : tooltipNumber(v, speed === "turnover" ? 2 : 1))} />
              <Bar
                dataKey={speed}
                name={speed === "turnover" ? k("fields.turnover") : k("fields.daysOfCover")}
                fill={speed === "turnover" ? CHART_COLORS[3] : CHART_COLORS[5]}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Container>
    </div>
  )
}
