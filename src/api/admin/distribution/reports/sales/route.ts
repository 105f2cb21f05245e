import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currencyPrecision } from "../../../../../lib/commission/currency-precision"
import { reportPeriodOrThrow } from "../../../../../lib/reporting/periods"
import type { ReportColumn } from "../../../../../lib/reporting/report-export"
import {
  fillTimeBuckets,
  isTimeGroup,
  Page,
  salesFigures,
  SalesReportRow,
  salesRowsSql,
  salesTotalsSql,
} from "../../../../../lib/reporting/report-sql"
import { groupLabels, NO_KEY_LABELS, pg, reportCurrency, reportTimeZone, sendReport } from "../helpers"
import type { AdminSalesReportQueryType } from "../validators"

export const SALES_REPORT_COLUMNS: ReportColumn[] = [
  { header: "Key 键", field: "key", kind: "text", width: 32 },
  { header: "Name 名称", field: "label", kind: "text", width: 32 },
  { header: "Orders 订单数", field: "orders", kind: "count" },
  { header: "Quantity 数量", field: "quantity", kind: "count" },
  { header: "Net sales 净销售额", field: "net_sales", kind: "amount" },
  { header: "Refunded 退款", field: "refunded", kind: "amount" },
  { header: "Commission 佣金", field: "commission", kind: "amount" },
]

/**
 * Sales from the fact table for one currency and period, grouped by day,
 * week, month, product, category, region, dealer or dealer tier, with the
 * totals; `?format=csv|xlsx` downloads every row of the report (limit and
 * offset are ignored: the rows are read in batches as the file is written).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminSalesReportQueryType
  const period = reportPeriodOrThrow(q, reportTimeZone(req.scope))
  const currency = await reportCurrency(req.scope, q.currency_code)
  const precision = currencyPrecision(currency)
  const filters = { currency_code: currency, dealer_id: q.dealer_id, tier_id: q.tier_id, region_id: q.region_id }
  const knex = pg(req.scope)
  const totalsSql = salesTotalsSql(period, filters)

  /** One page of rows, labelled, and the number of groups. */
  const loadPage = async (page: Page): Promise<{ rows: SalesReportRow[]; count: number }> => {
    const rowsSql = salesRowsSql(q.group_by, period, filters, page)
    const { rows: raw } = await knex.raw(rowsSql.sql, rowsSql.bindings as any[])
    if (isTimeGroup(q.group_by)) {
      return fillTimeBuckets(raw, q.group_by, period, (r) => salesFigures(r, precision), page)
    }
    const labels = await groupLabels(req.scope, q.group_by, raw.map((r: any) => r.key))
    return {
      rows: raw.map((r: any) => ({
        key: r.key,
        label: r.key == null ? NO_KEY_LABELS[q.group_by] : labels.get(r.key) ?? r.title ?? r.key,
        ...salesFigures(r, precision),
      })),
      count: raw[0]?.total_count ?? 0,
    }
  }

  return sendReport(res, {
    name: "sales",
    title: "Sales report 销售报表",
    columns: SALES_REPORT_COLUMNS,
    query: q,
    period,
    currency,
    totals: knex.raw(totalsSql.sql, totalsSql.bindings as any[]).then(({ rows }: any) => salesFigures(rows[0], precision)),
    loadPage,
  })
}
