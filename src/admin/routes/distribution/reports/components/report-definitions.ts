import type {
  CommissionFigures,
  CommissionReportGroup,
  ReportKind,
  ReportTimeUnit,
  SalesFigures,
  SalesReportGroup,
} from "../../../../types/reports"

/**
 * The reports of the page, each one route and `group_by` (a time report
 * takes its bucket — day, week or month — from the unit picker), and the
 * figures each shows: its table columns, what its chart draws and the
 * filters the route takes.
 */

export const REPORT_IDS = [
  "sales_period",
  "sales_product",
  "sales_category",
  "sales_region",
  "sales_dealer",
  "sales_tier",
  "commission_period",
  "commission_dealer",
] as const
export type ReportId = (typeof REPORT_IDS)[number]

export const isReportId = (value: unknown): value is ReportId =>
  typeof value === "string" && (REPORT_IDS as readonly string[]).includes(value)

export type FigureColumn<F> = {
  field: keyof F & string
  kind: "count" | "amount"
}

export type ReportDefinition = {
  id: ReportId
  kind: ReportKind
  /** A fixed group, or "time" for the unit picker's. */
  group: Exclude<SalesReportGroup | CommissionReportGroup, ReportTimeUnit> | "time"
  /** Filters the route takes besides period and currency. */
  filters: ("dealer" | "tier" | "region")[]
}

export const REPORTS: Record<ReportId, ReportDefinition> = {
  sales_period: { id: "sales_period", kind: "sales", group: "time", filters: ["dealer", "tier", "region"] },
  sales_product: { id: "sales_product", kind: "sales", group: "product", filters: ["dealer", "tier", "region"] },
  sales_category: { id: "sales_category", kind: "sales", group: "category", filters: ["dealer", "tier", "region"] },
  sales_region: { id: "sales_region", kind: "sales", group: "region", filters: ["dealer", "tier", "region"] },
  sales_dealer: { id: "sales_dealer", kind: "sales", group: "dealer", filters: ["dealer", "tier", "region"] },
  sales_tier: { id: "sales_tier", kind: "sales", group: "tier", filters: ["dealer", "tier", "region"] },
  commission_period: { id: "commission_period", kind: "commission", group: "time", filters: ["dealer"] },
  commission_dealer: { id: "commission_dealer", kind: "commission", group: "dealer", filters: ["dealer"] },
}

/** The `group_by` the route is asked for. */
export const groupBy = (report: ReportDefinition, unit: ReportTimeUnit) =>
  report.group === "time" ? unit : report.group

export const SALES_COLUMNS: FigureColumn<SalesFigures>[] = [
  { field: "orders", kind: "count" },
  { field: "quantity", kind: "count" },
  { field: "net_sales", kind: "amount" },
  { field: "refunded", kind: "amount" },
  { field: "commission", kind: "amount" },
]

export const COMMISSION_COLUMNS: FigureColumn<CommissionFigures>[] = [
  { field: "accrued", kind: "amount" },
  { field: "reversed", kind: "amount" },
  { field: "adjusted", kind: "amount" },
  { field: "net", kind: "amount" },
  { field: "paid_out", kind: "amount" },
  { field: "entries", kind: "count" },
]

/** What a chart draws: the main amount (area or bars), a second amount, and a count on its own axis. */
export type ChartSeries<F> = { primary: keyof F & string; secondary: keyof F & string; count: keyof F & string }

export const SALES_CHART: ChartSeries<SalesFigures> = { primary: "net_sales", secondary: "commission", count: "orders" }
export const COMMISSION_CHART: ChartSeries<CommissionFigures> = { primary: "net", secondary: "paid_out", count: "entries" }

/** Where a row of a grouped report opens, when it is a record of its own. */
export function rowHref(group: string, key: string | null): string | null {
  if (!key) {
    return null
  }
  switch (group) {
    case "dealer":
      return `/distribution/dealers/${key}`
    case "product":
      return `/products/${key}`
    case "category":
      return `/categories/${key}`
    case "region":
      return `/settings/regions/${key}`
    default:
      return null
  }
}
