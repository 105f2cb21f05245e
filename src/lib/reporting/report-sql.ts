import { formatAmount } from "../commission/decimal"
import { BucketUnit, BUCKET_UNITS, bucketKeys, bucketKeySql, bucketLabel, bucketSql, ReportPeriod } from "./periods"

/**
 * The SQL of the sales and commission reports: aggregates over the sales
 * fact table and the commission ledger, as text plus `?` bindings (knex),
 * so they are testable without a database and the benchmark times exactly
 * what the routes run.
 *
 * Sales figures per group, for one currency and period (placed_at):
 * - `orders`: orders that are not canceled;
 * - `quantity`: units sold and kept (quantity − returned, canceled lines count 0);
 * - `net_sales`: Σ (net_amount − refunded_amount), after discounts, before tax and shipping;
 * - `refunded`: Σ refunded_amount (returned, refunded or canceled value);
 * - `commission`: Σ commission_amount (accruals minus reversals, every level).
 * A line in several categories counts in each, so category rows may add up
 * to more than the totals, which count every line once.
 */

export const SALES_GROUPS = ["day", "week", "month", "product", "category", "region", "dealer", "tier"] as const
export type SalesGroup = (typeof SALES_GROUPS)[number]

export const COMMISSION_GROUPS = ["day", "week", "month", "dealer"] as const
export type CommissionGroup = (typeof COMMISSION_GROUPS)[number]

export const isTimeGroup = (group: string): group is BucketUnit => (BUCKET_UNITS as readonly string[]).includes(group)

export type SalesReportFilters = {
  currency_code: string
  dealer_id?: string
  tier_id?: string
  region_id?: string
}

export type Page = { limit: number; offset: number }
export type Sql = { sql: string; bindings: unknown[] }

/** Rows per query when a download pages through a whole report. */
export const EXPORT_BATCH_SIZE = 2000

/**
 * Every row of a report, one batch at a time: the same query again with the
 * next LIMIT/OFFSET until a batch comes back short. Downloads use it, so a
 * file holds every row whatever page the screen shows.
 */
export async function* pageThrough<T>(
  fetchPage: (page: Page) => Promise<T[]>,
  batchSize: number = EXPORT_BATCH_SIZE
): AsyncGenerator<T> {
  for (let offset = 0; ; offset += batchSize) {
    const batch = await fetchPage({ limit: batchSize, offset })
    yield* batch
    if (batch.length < batchSize) {
      return
    }
  }
}

function salesWhere(period: ReportPeriod, filters: SalesReportFilters): Sql {
  const conditions = ["f.placed_at >= ?", "f.placed_at < ?", "f.currency_code = ?"]
  const bindings: unknown[] = [period.from, period.to, filters.currency_code.toLowerCase()]
  for (const [column, value] of [
    ["dealer_id", filters.dealer_id],
    ["dealer_tier_id", filters.tier_id],
    ["region_id", filters.region_id],
  ] as const) {
    if (value) {
      conditions.push(`f.${column} = ?`)
      bindings.push(value)
    }
  }
  return { sql: conditions.join(" AND "), bindings }
}

const SALES_KEYS: Record<Exclude<SalesGroup, BucketUnit | "category">, string> = {
  product: "f.product_id",
  region: "f.region_id",
  dealer: "f.dealer_id",
  tier: "f.dealer_tier_id",
}

/** Groups whose key is the same for every line of an order (so an order's lines stay together). */
const PER_ORDER_GROUPS = new Set<SalesGroup>(["day", "week", "month", "region", "dealer", "tier"])

/**
 * Each line with `first_line`: whether it starts its order in (placed_at,
 * order_id) order. Every line of an order has the order's placed_at and
 * every filter is an order-level column, so an order's lines are adjacent
 * and counting first lines counts orders — a streaming window over the
 * covering index, instead of a count(DISTINCT) or a hash of every order.
 */
function linesWithFirstFlag(key: string, where: Sql): string {
  return `
      SELECT ${key} AS key, f.canceled, f.quantity, f.returned_quantity, f.net_amount, f.refunded_amount, f.commission_amount,
             f.order_id IS DISTINCT FROM lag(f.order_id) OVER (ORDER BY f.placed_at, f.order_id) AS first_line
        FROM sales_fact f
       WHERE ${where.sql}`
}

const LINE_FIGURES = `
           coalesce(sum(CASE WHEN canceled THEN 0 ELSE quantity - returned_quantity END), 0)::bigint::text AS quantity,
           coalesce(sum(net_amount - refunded_amount), 0)::text AS net_sales,
           coalesce(sum(refunded_amount), 0)::text AS refunded,
           coalesce(sum(commission_amount), 0)::text AS commission`

/**
 * One row per group. Time groups come back in key order, whole (the caller
 * fills empty buckets and pages); the others by net sales, largest first,
 * one page, each row with the number of groups (`total_count`). Time,
 * region, dealer and tier count orders by their first line (see
 * `linesWithFirstFlag`); product and category, where one order has lines in
 * several groups, aggregate per (group, order) first.
 */
export function salesRowsSql(group: SalesGroup, period: ReportPeriod, filters: SalesReportFilters, page: Page | null): Sql {
  const where = salesWhere(period, filters)
  const time = isTimeGroup(group)
  const paged = page && !time
  const tail = `
     GROUP BY key
     ORDER BY ${time ? "key" : "sum(net_sales) DESC, key NULLS LAST"}
     ${paged ? "LIMIT ? OFFSET ?" : ""}`
  const pageBindings = paged ? [page!.limit, page!.offset] : []
  if (PER_ORDER_GROUPS.has(group)) {
    // Time keys stay timestamps until the end (cheaper to group than text).
    const key = time ? bucketSql(group, period.timezone, "f.placed_at") : SALES_KEYS[group as keyof typeof SALES_KEYS]
    const sql = `
    SELECT ${time ? `to_char(key, '${group === "month" ? "YYYY-MM" : "YYYY-MM-DD"}')` : "key"} AS key,
           count(*) FILTER (WHERE first_line AND NOT canceled)::int AS orders,
           ${LINE_FIGURES.trim()},
           NULL::text AS title,
           count(*) OVER ()::int AS total_count
      FROM (${linesWithFirstFlag(key, where)}) lines
     GROUP BY 1
     ORDER BY ${time ? "1" : "sum(net_amount - refunded_amount) DESC, 1 NULLS LAST"}
     ${paged ? "LIMIT ? OFFSET ?" : ""}`
    return { sql, bindings: [...where.bindings, ...pageBindings] }
  }
  const key = group === "category" ? "c.key" : SALES_KEYS[group as keyof typeof SALES_KEYS]
  const from =
    group === "category"
      ? // A line without a category still counts, under a null key.
        `sales_fact f CROSS JOIN LATERAL unnest(CASE WHEN cardinality(f.category_ids) = 0 THEN '{NULL}'::text[] ELSE f.category_ids END) AS c(key)`
      : "sales_fact f"
  const sql = `
    WITH per_order AS (
      SELECT ${key} AS key, f.order_id,
             bool_and(f.canceled) AS canceled,
             sum(CASE WHEN f.canceled THEN 0 ELSE f.quantity - f.returned_quantity END) AS quantity,
             sum(f.net_amount - f.refunded_amount) AS net_sales,
             sum(f.refunded_amount) AS refunded,
             sum(f.commission_amount) AS commission
             ${group === "product" ? ", max(f.product_title) AS title" : ""}
        FROM ${from}
       WHERE ${where.sql}
       GROUP BY 1, 2
    )
    SELECT key,
           count(*) FILTER (WHERE NOT canceled)::int AS orders,
           coalesce(sum(quantity), 0)::bigint::text AS quantity,
           coalesce(sum(net_sales), 0)::text AS net_sales,
           coalesce(sum(refunded), 0)::text AS refunded,
           coalesce(sum(commission), 0)::text AS commission,
           ${group === "product" ? "max(title)" : "NULL::text"} AS title,
           count(*) OVER ()::int AS total_count
      FROM per_order ${tail}`
  return { sql, bindings: [...where.bindings, ...pageBindings] }
}

/** The report's totals: every line of the filter once, orders counted by their first line. */
export function salesTotalsSql(period: ReportPeriod, filters: SalesReportFilters): Sql {
  const where = salesWhere(period, filters)
  const sql = `
    SELECT count(*) FILTER (WHERE first_line AND NOT canceled)::int AS orders,
           ${LINE_FIGURES.trim()}
      FROM (${linesWithFirstFlag("NULL", where)}) lines`
  return { sql, bindings: where.bindings }
}

export type CommissionReportFilters = { currency_code: string; dealer_id?: string }

function commissionWhere(period: ReportPeriod, filters: CommissionReportFilters): Sql {
  const conditions = ["e.deleted_at IS NULL", "e.created_at >= ?", "e.created_at < ?", "e.currency_code = ?"]
  const bindings: unknown[] = [period.from, period.to, filters.currency_code.toLowerCase()]
  if (filters.dealer_id) {
    conditions.push("e.dealer_id = ?")
    bindings.push(filters.dealer_id)
  }
  return { sql: conditions.join(" AND "), bindings }
}

const COMMISSION_SUMS = `
           coalesce(sum(e.amount) FILTER (WHERE e.kind = 'accrual'), 0)::text AS accrued,
           coalesce(sum(e.amount) FILTER (WHERE e.kind = 'reversal'), 0)::text AS reversed,
           coalesce(sum(e.amount) FILTER (WHERE e.kind = 'adjustment'), 0)::text AS adjusted,
           coalesce(-sum(e.amount) FILTER (WHERE e.kind = 'payout'), 0)::text AS paid_out,
           coalesce(sum(e.amount) FILTER (WHERE e.kind <> 'payout'), 0)::text AS net,
           count(*)::int AS entries`

/**
 * Commission from the ledger (entries dated when written, as statements
 * are): per dealer or per time bucket, `accrued` (positive), `reversed`
 * (negative), `adjusted` (signed), `paid_out` (positive: money sent), `net`
 * = accrued + reversed + adjusted (earned in the period).
 */
export function commissionRowsSql(group: CommissionGroup, period: ReportPeriod, filters: CommissionReportFilters, page: Page | null): Sql {
  const where = commissionWhere(period, filters)
  const time = isTimeGroup(group)
  const key = time ? bucketKeySql(group, period.timezone, "e.created_at") : "e.dealer_id"
  const sql = `
    SELECT ${key} AS key, ${COMMISSION_SUMS},
           count(*) OVER ()::int AS total_count
      FROM commission_entry e
     WHERE ${where.sql}
     GROUP BY 1
     ORDER BY ${time ? "1" : "sum(e.amount) FILTER (WHERE e.kind <> 'payout') DESC, 1"}
     ${page && !time ? "LIMIT ? OFFSET ?" : ""}`
  return { sql, bindings: [...where.bindings, ...(page && !time ? [page.limit, page.offset] : [])] }
}

export function commissionTotalsSql(period: ReportPeriod, filters: CommissionReportFilters): Sql {
  const where = commissionWhere(period, filters)
  return { sql: `SELECT ${COMMISSION_SUMS} FROM commission_entry e WHERE ${where.sql}`, bindings: where.bindings }
}

// ---------------------------------------------------------------------------
// Shaping

export type SalesFigures = { orders: number; quantity: number; net_sales: string; refunded: string; commission: string }
export type SalesReportRow = { key: string | null; label: string } & SalesFigures
export type CommissionFigures = { accrued: string; reversed: string; adjusted: string; paid_out: string; net: string; entries: number }
export type CommissionReportRow = { key: string | null; label: string } & CommissionFigures

export function salesFigures(row: any, precision: number): SalesFigures {
  return {
    orders: Number(row?.orders ?? 0),
    quantity: Number(row?.quantity ?? 0),
    net_sales: formatAmount(row?.net_sales ?? "0", precision),
    refunded: formatAmount(row?.refunded ?? "0", precision),
    commission: formatAmount(row?.commission ?? "0", precision),
  }
}

export function commissionFigures(row: any, precision: number): CommissionFigures {
  return {
    accrued: formatAmount(row?.accrued ?? "0", precision),
    reversed: formatAmount(row?.reversed ?? "0", precision),
    adjusted: formatAmount(row?.adjusted ?? "0", precision),
    paid_out: formatAmount(row?.paid_out ?? "0", precision),
    net: formatAmount(row?.net ?? "0", precision),
    entries: Number(row?.entries ?? 0),
  }
}

/**
 * Every bucket of the period in order, a zero row where nothing happened
 * (a chart's x axis without gaps), then one page of them.
 */
export function fillTimeBuckets<T>(
  rows: { key: string | null }[],
  unit: BucketUnit,
  period: ReportPeriod,
  figures: (row: any | undefined) => T,
  page: Page
): { rows: ({ key: string; label: string } & T)[]; count: number } {
  const byKey = new Map(rows.map((r) => [r.key, r]))
  const all = bucketKeys(period, unit).map((key) => ({ key, label: bucketLabel(key, unit), ...figures(byKey.get(key)) }))
  return { rows: all.slice(page.offset, page.offset + page.limit), count: all.length }
}
