/**
 * Shapes of the sales and commission reports
 * (`GET /admin/distribution/reports/{sales,commission}`): money as decimal
 * strings in major units, one currency per report.
 */

export const SALES_REPORT_GROUPS = ["day", "week", "month", "product", "category", "region", "dealer", "tier"] as const
export type SalesReportGroup = (typeof SALES_REPORT_GROUPS)[number]

export const COMMISSION_REPORT_GROUPS = ["day", "week", "month", "dealer"] as const
export type CommissionReportGroup = (typeof COMMISSION_REPORT_GROUPS)[number]

export const REPORT_TIME_UNITS = ["day", "week", "month"] as const
export type ReportTimeUnit = (typeof REPORT_TIME_UNITS)[number]

export type ReportKind = "sales" | "commission"

/** The period the server read, on the merchant's calendar: [from, to) in UTC. */
export type ReportPeriodView = { key: string; label: string; from: string; to: string; timezone: string }

/** `period` (2026-11, 2026-Q4, 2026, this_month, last_30_days…) or `from` + `to` (YYYY-MM-DD, local days). */
export type ReportPeriodParams = { period?: string; from?: string; to?: string }

export type ReportPageParams = { currency_code?: string; limit?: number; offset?: number }

export type SalesReportParams = ReportPeriodParams &
  ReportPageParams & { group_by: SalesReportGroup; dealer_id?: string; tier_id?: string; region_id?: string }

export type CommissionReportParams = ReportPeriodParams &
  ReportPageParams & { group_by: CommissionReportGroup; dealer_id?: string }

/**
 * `orders` not canceled; `quantity` sold and kept; `net_sales` = net of
 * discounts minus refunded, before tax and shipping; `commission` accrued
 * minus reversed, every level.
 */
export type SalesFigures = { orders: number; quantity: number; net_sales: string; refunded: string; commission: string }

/** From the ledger: `net` = accrued + reversed + adjusted; `paid_out` positive. */
export type CommissionFigures = {
  accrued: string
  reversed: string
  adjusted: string
  net: string
  paid_out: string
  entries: number
}

/** A row's key: a bucket ("2026-11", "2026-11-23"), an id, or null (no product, no dealer…). */
export type ReportRow<F> = { key: string | null; label: string } & F

export type ReportResponse<G extends string, F> = {
  group_by: G
  period: ReportPeriodView
  currency_code: string
  rows: ReportRow<F>[]
  totals: F
  /** Rows over every page. */
  count: number
  limit: number
  offset: number
}

export type SalesReportResponse = ReportResponse<SalesReportGroup, SalesFigures>
export type CommissionReportResponse = ReportResponse<CommissionReportGroup, CommissionFigures>
export type SalesReportRow = ReportRow<SalesFigures>
export type CommissionReportRow = ReportRow<CommissionFigures>
