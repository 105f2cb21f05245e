import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { formatMoney } from "../../../../lib/format-money"
import { Dashboard } from "../../../../types/performance"
import { formatCount, PERFORMANCE_COLORS } from "./performance-format"

/** Dealers per tier (a pie) with each tier's net sales in the period. */
export const DashboardTierDistribution = ({ dashboard }: { dashboard: Dashboard }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const tierName = useTierName()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.dashboard.tiers.${key}`, options)
  const rows = dashboard.tier_distribution
  const data = rows.filter((r) => r.dealers > 0).map((r) => ({ name: tierName(r.tier), value: r.dealers }))
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="dashboard-tier-distribution">
      <div>
        <Heading level="h2">{k("title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {k("subtitle")}
        </Text>
      </div>
      {!data.length ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="dashboard-tier-distribution-empty">
          {k("empty")}
        </Text>
      ) : (
        <div className="flex flex-col gap-4 md:flex-row md:items-center">
          <div style={{ width: 200, height: 200 }}>
            <ResponsiveContainer>
              <PieChart>
                <Pie data={data} dataKey="value" nameKey="name" innerRadius={50} outerRadius={90} isAnimationActive={false}>
                  {data.map((_, i) => (
                    <Cell key={i} fill={PERFORMANCE_COLORS[i % PERFORMANCE_COLORS.length]} />
                  ))}
                </Pie>
                <Tooltip formatter={(v) => formatCount(Number(v), locale)} />
              </PieChart>
            </ResponsiveContainer>
          </div>
          <ul className="flex flex-1 flex-col gap-y-2">
            {rows.map((r) => {
              const colorIndex = data.findIndex((d) => d.name === tierName(r.tier))
              return (
                <li key={r.tier.id} className="flex items-center justify-between gap-x-3" data-testid={`dashboard-tier-${r.tier.code}`}>
                  <div className="flex items-center gap-x-2">
                    <span
                      className="inline-block h-2.5 w-2.5 rounded-full"
                      style={{ background: colorIndex >= 0 ? PERFORMANCE_COLORS[colorIndex % PERFORMANCE_COLORS.length] : "transparent" }}
                    />
                    <Text size="small" weight="plus">
                      {tierName(r.tier)}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {k("dealers", { count: r.dealers, active: r.active_dealers })}
                    </Text>
                  </div>
                  <Text size="small" className="tabular-nums">
                    {formatMoney(r.net_sales, dashboard.currency_code, locale)}
                  </Text>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </Container>
  )
}
