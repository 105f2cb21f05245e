import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { Dashboard } from "../../../../types/performance"
import { formatCount, formatGrowth, growthColor } from "./performance-format"

/** The period's best dealers by own net sales, linking to their pages. */
export const DashboardTopDealers = ({ dashboard }: { dashboard: Dashboard }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const k = (key: string) => t(`distribution.dashboard.topDealers.${key}`)
  const money = (v: string) => formatMoney(v, dashboard.currency_code, locale)
  const rows = dashboard.top_dealers.filter((d) => Number(d.net_sales) !== 0 || d.order_count > 0)
  return (
    <Container className="divide-y p-0" data-testid="dashboard-top-dealers">
      <div className="px-6 py-4">
        <Heading level="h2">{k("title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {k("subtitle")}
        </Text>
      </div>
      {!rows.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="dashboard-top-dealers-empty">
          {k("empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{k("dealer")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{k("netSales")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{k("teamNetSales")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{k("orders")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{k("growth")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.dealer.id} data-testid={`dashboard-top-dealer-${row.dealer.code}`}>
                <Table.Cell>
                  <Link to={`/distribution/dealers/${row.dealer.id}`} className="text-ui-fg-interactive hover:underline">
                    {row.dealer.display_name}
                  </Link>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {row.dealer.code}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{money(row.net_sales)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{money(row.team_net_sales)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatCount(row.order_count, locale)}</Table.Cell>
                <Table.Cell className="text-right">
                  <Badge size="2xsmall" color={growthColor(row.growth.net_sales)}>
                    {formatGrowth(row.growth.net_sales, locale)}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
