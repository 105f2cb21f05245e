import { Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { Trend } from "../../../../types/performance"
import { formatCount, PERFORMANCE_COLORS } from "./performance-format"

const AXIS = { fontSize: 12 }

/**
 * Net sales and commission (lines, left axis) and orders (bars, right axis)
 * per day or month. Chart numbers are for the eye; exact figures are in the
 * tiles and the CSV.
 */
export const TrendChart = ({ trend, currency, height = 280 }: { trend: Trend; currency: string; height?: number }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const data = useMemo(
    () =>
      trend.points.map((p) => ({
        key: trend.unit === "day" ? p.key.slice(5) : p.key,
        net_sales: Number(p.net_sales),
        commission: Number(p.commission),
        order_count: p.order_count,
      })),
    [trend]
  )
  const empty = trend.points.every((p) => Number(p.net_sales) === 0 && p.order_count === 0 && Number(p.commission) === 0)
  if (empty) {
    return (
      <div className="flex items-center justify-center" style={{ height }} data-testid="performance-trend-empty">
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.dashboard.trend.empty")}
        </Text>
      </div>
    )
  }
  const money = (v: number) => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(v)
  return (
    <div style={{ width: "100%", height }} data-testid="performance-trend-chart">
      <ResponsiveContainer>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="key" tick={AXIS} minTickGap={12} />
          <YAxis yAxisId="money" tick={AXIS} tickFormatter={money} />
          <YAxis yAxisId="orders" orientation="right" tick={AXIS} allowDecimals={false} />
          <Tooltip
            formatter={(value, name, item) =>
              item.dataKey === "order_count"
                ? formatCount(Number(value), locale)
                : formatMoney(String(value), currency, locale)
            }
          />
          <Legend />
          <Bar yAxisId="orders" dataKey="order_count" name={t("distribution.dashboard.trend.orders")} fill={PERFORMANCE_COLORS[0]} opacity={0.35} />
          <Line yAxisId="money" type="monotone" dataKey="net_sales" name={t("distribution.dashboard.trend.netSales")} stroke={PERFORMANCE_COLORS[1]} dot={false} strokeWidth={2} />
          <Line yAxisId="money" type="monotone" dataKey="commission" name={t("distribution.dashboard.trend.commission")} stroke={PERFORMANCE_COLORS[2]} dot={false} strokeWidth={2} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
