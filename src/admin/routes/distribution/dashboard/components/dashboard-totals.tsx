import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { Dashboard } from "../../../../types/performance"
import { FigureTile } from "./figure-tile"
import { formatCount, formatRatio } from "./performance-format"

/** The period's totals, each with its growth where a comparison means something. */
export const DashboardTotals = ({ dashboard }: { dashboard: Dashboard }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const { totals, growth, currency_code: currency } = dashboard
  const money = (v: string | null) => (v == null ? "–" : formatMoney(v, currency, locale))
  const k = (key: string) => t(`distribution.dashboard.totals.${key}`)
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" data-testid="dashboard-totals">
      <FigureTile testId="dashboard-total-net-sales" label={k("netSales")} value={money(totals.net_sales)} growth={growth.net_sales} />
      <FigureTile
        testId="dashboard-total-attributed"
        label={k("attributedNetSales")}
        value={money(totals.attributed_net_sales)}
        hint={t("distribution.dashboard.totals.attributedOrders", { count: totals.attributed_order_count })}
      />
      <FigureTile testId="dashboard-total-orders" label={k("orders")} value={formatCount(totals.order_count, locale)} growth={growth.order_count} />
      <FigureTile testId="dashboard-total-aov" label={k("averageOrderValue")} value={money(totals.average_order_value)} />
      <FigureTile testId="dashboard-total-customers" label={k("customers")} value={formatCount(totals.customer_count, locale)} growth={growth.customer_count} />
      <FigureTile testId="dashboard-total-return-rate" label={k("returnRate")} value={formatRatio(totals.return_rate, locale)} hint={money(totals.refunded)} />
      <FigureTile testId="dashboard-total-commission" label={k("commissionEarned")} value={money(totals.commission_earned)} growth={growth.commission_earned} />
      <FigureTile testId="dashboard-total-commission-paid" label={k("commissionPaid")} value={money(totals.commission_paid)} />
      <FigureTile testId="dashboard-total-new-bound" label={k("newBoundCustomers")} value={formatCount(totals.new_bound_customers, locale)} />
      <FigureTile testId="dashboard-total-new-dealers" label={k("newDealers")} value={formatCount(totals.new_dealers, locale)} />
    </div>
  )
}
