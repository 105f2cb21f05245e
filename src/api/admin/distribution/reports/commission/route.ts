import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currencyPrecision } from "../../../../../lib/commission/currency-precision"
import { reportPeriodOrThrow } from "../../../../../lib/reporting/periods"
import type { ReportColumn } from "../../../../../lib/reporting/report-export"
import {
  commissionFigures,
  CommissionReportRow,
  commissionRowsSql,
  commissionTotalsSql,
  fillTimeBuckets,
  isTimeGroup,
  Page,
} from "../../../../../lib/reporting/report-sql"
import { groupLabels, pg, reportCurrency, reportTimeZone, sendReport } from "../helpers"
import type { AdminCommissionReportQueryType } from "../validators"

export const COMMISSION_REPORT_COLUMNS: ReportColumn[] = [
  { header: "Key 键", field: "key", kind: "text", width: 32 },
  { header: "Name 名称", field: "label", kind: "text", width: 32 },
  { header: "Accrued 计提", field: "accrued", kind: "amount" },
  { header: "Reversed 冲回", field: "reversed", kind: "amount" },
  { header: "Adjusted 调整", field: "adjusted", kind: "amount" },
  { header: "Net 净佣金", field: "net", kind: "amount" },
  { header: "Paid out 已提现", field: "paid_out", kind: "amount" },
  { header: "Entries 笔数", field: "entries", kind: "count" },
]

/**
 * Commission from the ledger for one currency and period, by dealer or by
 * day / week / month: accrued, reversed, adjusted, net and paid out, with
 * totals equal to the ledger's own sums; `?format=csv|xlsx` downloads every
 * row (limit and offset are ignored: the rows are read in batches).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminCommissionReportQueryType
  const period = reportPeriodOrThrow(q, reportTimeZone(req.scope))
  const currency = await reportCurrency(req.scope, q.currency_code)
  const precision = currencyPrecision(currency)
  const filters = { currency_code: currency, dealer_id: q.dealer_id }
  const knex = pg(req.scope)
  const totalsSql = commissionTotalsSql(period, filters)

  /** One page of rows, labelled, and the number of groups. */
  const loadPage = async (page: Page): Promise<{ rows: CommissionReportRow[]; count: number }> => {
    const rowsSql = commissionRowsSql(q.group_by, period, filters, page)
    const { rows: raw } = await knex.raw(rowsSql.sql, rowsSql.bindings as any[])
    if (isTimeGroup(q.group_by)) {
      return fillTimeBuckets(raw, q.group_by, period, (r) => commissionFigures(r, precision), page)
    }
    const labels = await groupLabels(req.scope, "dealer", raw.map((r: any) => r.key))
    return {
      rows: raw.map((r: any) => ({ key: r.key, label: labels.get(r.key) ?? r.key, ...commissionFigures(r, precision) })),
      count: raw[0]?.total_count ?? 0,
    }
  }

  return sendReport(res, {
    name: "commission",
    title: "Commission report 佣金报表",
    columns: COMMISSION_REPORT_COLUMNS,
    query: q,
    period,
    currency,
    totals: knex.raw(totalsSql.sql, totalsSql.bindings as any[]).then(({ rows }: any) => commissionFigures(rows[0], precision)),
    loadPage,
  })
}
