import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { descendantsLikePattern } from "../../network/dealer-path"
import { bucketKeySql, type BucketUnit } from "../../reporting/periods"
import { DealerFigureSums, EMPTY_FIGURES } from "../dealer-performance"
import { textArray } from "../../sql/text-array"

/**
 * The SQL behind dealer performance: indexed aggregates over the sales facts
 * (`sales_fact`: (dealer_id, placed_at), (placed_at)), the commission ledger
 * (`commission_entry`: (dealer_id, currency_code, created_at)), customer
 * bindings, the dealer tree (materialized paths) and the dealers' stock
 * (dealer ↔ stock location link, Medusa inventory levels, item costs).
 *
 * Downline = every dealer below in today's tree. For one dealer it is one
 * prefix range over `distribution_dealer.path`; for a league of dealers each
 * dealer's own sums are credited to the ancestors in its path (one pass,
 * dealers × depth), never a query per dealer.
 */

export type Range = { from: Date; to: Date }

const LINK_TABLE = "distribution_dealer_stock_location_stock_location"


const str = (v: unknown) => (v == null ? "0" : String(v))
const int = (v: unknown) => (v == null ? 0 : Number(v))

function sumsOf(row: any): DealerFigureSums {
  return {
    sales: str(row.sales),
    refunded: str(row.refunded),
    order_count: int(row.order_count),
    active_customers: int(row.active_customers),
    downline_sales: str(row.downline_sales),
    downline_refunded: str(row.downline_refunded),
    downline_order_count: int(row.downline_order_count),
    new_bound_customers: int(row.new_bound_customers),
    commission_earned: str(row.commission_earned),
    commission_paid: str(row.commission_paid),
    stock_value: str(row.stock_value),
  }
}

/** Σ stocked × unit cost of a dealer's locations, items costed in the currency (0 when none). */
const STOCK_VALUE = (dealerColumn: string) => `
  COALESCE((
    SELECT SUM(il.stocked_quantity * ic.unit_cost)
      FROM ${LINK_TABLE} dl
      JOIN inventory_level il ON il.location_id = dl.stock_location_id AND il.deleted_at IS NULL
      JOIN item_cost ic ON ic.inventory_item_id = il.inventory_item_id AND ic.deleted_at IS NULL
                       AND LOWER(ic.currency_code) = :currency
     WHERE dl.dealer_id = ${dealerColumn} AND dl.deleted_at IS NULL
  ), 0)`

/**
 * One dealer's sums for a range: own sales, its whole downline (prefix range
 * on its path), bindings started, commission earned and paid, stock value now.
 */
export async function dealerSums(
  pg: Knex,
  dealer: { id: string; path: string },
  range: Range,
  currency: string
): Promise<DealerFigureSums> {
  const { rows } = await pg.raw(
    `
    WITH own AS (
      SELECT COALESCE(SUM(f.net_amount), 0) AS sales,
             COALESCE(SUM(f.refunded_amount), 0) AS refunded,
             COUNT(DISTINCT f.order_id) FILTER (WHERE NOT f.canceled) AS order_count,
             COUNT(DISTINCT f.customer_id) FILTER (WHERE NOT f.canceled) AS active_customers
        FROM sales_fact f
       WHERE f.dealer_id = :dealer_id AND f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency
    ),
    down AS (
      SELECT COALESCE(SUM(f.net_amount), 0) AS sales,
             COALESCE(SUM(f.refunded_amount), 0) AS refunded,
             COUNT(DISTINCT f.order_id) FILTER (WHERE NOT f.canceled) AS order_count
        FROM distribution_dealer d
        JOIN sales_fact f ON f.dealer_id = d.id AND f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency
       WHERE d.path LIKE :pattern AND d.deleted_at IS NULL
    )
    SELECT own.sales, own.refunded, own.order_count, own.active_customers,
           down.sales AS downline_sales, down.refunded AS downline_refunded, down.order_count AS downline_order_count,
           (SELECT COUNT(*) FROM distribution_customer_binding b
             WHERE b.dealer_id = :dealer_id AND b.bound_at >= :from AND b.bound_at < :to AND b.deleted_at IS NULL
           ) AS new_bound_customers,
           (SELECT COALESCE(SUM(e.amount) FILTER (WHERE e.kind <> 'payout'), 0) FROM commission_entry e
             WHERE e.dealer_id = :dealer_id AND e.currency_code = :currency
               AND e.created_at >= :from AND e.created_at < :to AND e.deleted_at IS NULL
           ) AS commission_earned,
           (SELECT COALESCE(-SUM(e.amount) FILTER (WHERE e.kind = 'payout'), 0) FROM commission_entry e
             WHERE e.dealer_id = :dealer_id AND e.currency_code = :currency
               AND e.created_at >= :from AND e.created_at < :to AND e.deleted_at IS NULL
           ) AS commission_paid,
           ${STOCK_VALUE(":dealer_id")} AS stock_value
      FROM own, down`,
    {
      dealer_id: dealer.id,
      pattern: descendantsLikePattern(dealer.path),
      from: range.from,
      to: range.to,
      currency,
    }
  )
  return rows[0] ? sumsOf(rows[0]) : { ...EMPTY_FIGURES }
}

/** A dealer's rank by own net sales among every dealer of its tier (ties share a rank). */
export async function rankInTier(
  pg: Knex,
  dealer: { id: string; tier_id: string | null },
  range: Range,
  currency: string
): Promise<{ rank: number; of: number } | null> {
  if (!dealer.tier_id) return null
  const { rows } = await pg.raw(
    `
    WITH tier_net AS (
      SELECT d.id, COALESCE(SUM(f.net_amount - f.refunded_amount), 0) AS net
        FROM distribution_dealer d
        LEFT JOIN sales_fact f ON f.dealer_id = d.id AND f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency
       WHERE d.tier_id = :tier_id AND d.deleted_at IS NULL
       GROUP BY d.id
    )
    SELECT 1 + COUNT(*) FILTER (WHERE net > (SELECT net FROM tier_net WHERE id = :dealer_id)) AS rank,
           COUNT(*) AS size
      FROM tier_net`,
    { dealer_id: dealer.id, tier_id: dealer.tier_id, from: range.from, to: range.to, currency }
  )
  return rows[0] && int(rows[0].size) > 0 ? { rank: int(rows[0].rank), of: int(rows[0].size) } : null
}

export type TrendRow = { key: string; net_sales: string; order_count: number; commission: string }

/**
 * Net sales, orders and commission per bucket of the merchant's calendar,
 * for one dealer (its own sales and its own ledger) or the whole store (every
 * order line, every ledger entry) when `dealerId` is null.
 */
export async function trendRows(
  pg: Knex,
  dealerId: string | null,
  range: Range,
  currency: string,
  unit: BucketUnit,
  timeZone: string
): Promise<TrendRow[]> {
  const factKey = bucketKeySql(unit, timeZone, "f.placed_at", ":tz")
  const entryKey = bucketKeySql(unit, timeZone, "e.created_at", ":tz")
  const dealerFact = dealerId ? "AND f.dealer_id = :dealer_id" : ""
  const dealerEntry = dealerId ? "AND e.dealer_id = :dealer_id" : ""
  const { rows } = await pg.raw(
    `
    WITH sales AS (
      SELECT ${factKey} AS key,
             SUM(f.net_amount - f.refunded_amount) AS net_sales,
             COUNT(DISTINCT f.order_id) FILTER (WHERE NOT f.canceled) AS order_count
        FROM sales_fact f
       WHERE f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency ${dealerFact}
       GROUP BY 1
    ),
    commission AS (
      SELECT ${entryKey} AS key, SUM(e.amount) AS commission
        FROM commission_entry e
       WHERE e.created_at >= :from AND e.created_at < :to AND e.currency_code = :currency
         AND e.kind <> 'payout' AND e.deleted_at IS NULL ${dealerEntry}
       GROUP BY 1
    )
    SELECT COALESCE(s.key, c.key) AS key, COALESCE(s.net_sales, 0) AS net_sales,
           COALESCE(s.order_count, 0) AS order_count, COALESCE(c.commission, 0) AS commission
      FROM sales s FULL JOIN commission c ON c.key = s.key
     ORDER BY 1`,
    { dealer_id: dealerId, from: range.from, to: range.to, currency, tz: timeZone }
  )
  return rows.map((r: any) => ({
    key: r.key,
    net_sales: str(r.net_sales),
    order_count: int(r.order_count),
    commission: str(r.commission),
  }))
}

export const LEAGUE_ORDERS = [
  "net_sales",
  "team_net_sales",
  "downline_net_sales",
  "order_count",
  "active_customers",
  "new_bound_customers",
  "commission_earned",
  "stock_value",
  "rank",
  "code",
] as const
export type LeagueOrder = (typeof LEAGUE_ORDERS)[number]

const ORDER_SQL: Record<LeagueOrder, string> = {
  net_sales: "(sales - refunded)",
  team_net_sales: "(sales - refunded + downline_sales - downline_refunded)",
  downline_net_sales: "(downline_sales - downline_refunded)",
  order_count: "order_count",
  active_customers: "active_customers",
  new_bound_customers: "new_bound_customers",
  commission_earned: "commission_earned",
  stock_value: "stock_value",
  rank: "tier_rank",
  code: "code",
}

export type LeagueRow = {
  dealer: { id: string; code: string; display_name: string; status: string; tier_id: string | null }
  sums: DealerFigureSums
  previous_net_sales: string
  tier_rank: number
  tier_size: number
}

export type LeagueQuery = {
  range: Range
  previous: Range
  currency: string
  tier_id?: string
  order: LeagueOrder
  descending: boolean
  limit: number
  offset: number
}

/**
 * Every dealer's sums for a range (optionally one tier's dealers), ranked by
 * own net sales within its tier, sorted and paged in SQL. One statement.
 */
export async function leagueRows(pg: Knex, q: LeagueQuery): Promise<{ rows: LeagueRow[]; count: number }> {
  const tierFilter = q.tier_id ? "AND d.tier_id = :tier_id" : ""
  const direction = q.descending ? "DESC" : "ASC"
  const { rows } = await pg.raw(
    `
    WITH own AS (
      SELECT f.dealer_id,
             SUM(f.net_amount) AS sales,
             SUM(f.refunded_amount) AS refunded,
             COUNT(DISTINCT f.order_id) FILTER (WHERE NOT f.canceled) AS order_count,
             COUNT(DISTINCT f.customer_id) FILTER (WHERE NOT f.canceled) AS active_customers
        FROM sales_fact f
       WHERE f.dealer_id IS NOT NULL AND f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency
       GROUP BY f.dealer_id
    ),
    prev AS (
      SELECT f.dealer_id, SUM(f.net_amount - f.refunded_amount) AS net
        FROM sales_fact f
       WHERE f.dealer_id IS NOT NULL AND f.placed_at >= :prev_from AND f.placed_at < :prev_to AND f.currency_code = :currency
       GROUP BY f.dealer_id
    ),
    down AS (
      -- each dealer's own sums credited to every ancestor on its path (today's tree)
      SELECT a.ancestor_id AS dealer_id,
             SUM(own.sales) AS sales, SUM(own.refunded) AS refunded, SUM(own.order_count) AS order_count
        FROM own
        JOIN distribution_dealer s ON s.id = own.dealer_id AND s.deleted_at IS NULL
        CROSS JOIN LATERAL unnest(string_to_array(rtrim(s.path, '/'), '/')) AS a(ancestor_id)
       WHERE a.ancestor_id <> s.id
       GROUP BY a.ancestor_id
    ),
    bound AS (
      SELECT b.dealer_id, COUNT(*) AS n
        FROM distribution_customer_binding b
       WHERE b.bound_at >= :from AND b.bound_at < :to AND b.deleted_at IS NULL
       GROUP BY b.dealer_id
    ),
    commission AS (
      SELECT e.dealer_id,
             COALESCE(SUM(e.amount) FILTER (WHERE e.kind <> 'payout'), 0) AS earned,
             COALESCE(-SUM(e.amount) FILTER (WHERE e.kind = 'payout'), 0) AS paid
        FROM commission_entry e
       WHERE e.currency_code = :currency AND e.created_at >= :from AND e.created_at < :to AND e.deleted_at IS NULL
       GROUP BY e.dealer_id
    ),
    stock AS (
      SELECT dl.dealer_id, SUM(il.stocked_quantity * ic.unit_cost) AS value
        FROM ${LINK_TABLE} dl
        JOIN inventory_level il ON il.location_id = dl.stock_location_id AND il.deleted_at IS NULL
        JOIN item_cost ic ON ic.inventory_item_id = il.inventory_item_id AND ic.deleted_at IS NULL
                         AND LOWER(ic.currency_code) = :currency
       WHERE dl.deleted_at IS NULL
       GROUP BY dl.dealer_id
    ),
    league AS (
      SELECT d.id, d.code, d.display_name, d.status, d.tier_id,
             COALESCE(own.sales, 0) AS sales, COALESCE(own.refunded, 0) AS refunded,
             COALESCE(own.order_count, 0) AS order_count, COALESCE(own.active_customers, 0) AS active_customers,
             COALESCE(down.sales, 0) AS downline_sales, COALESCE(down.refunded, 0) AS downline_refunded,
             COALESCE(down.order_count, 0) AS downline_order_count,
             COALESCE(bound.n, 0) AS new_bound_customers,
             COALESCE(commission.earned, 0) AS commission_earned, COALESCE(commission.paid, 0) AS commission_paid,
             COALESCE(stock.value, 0) AS stock_value,
             COALESCE(prev.net, 0) AS previous_net_sales
        FROM distribution_dealer d
        LEFT JOIN own ON own.dealer_id = d.id
        LEFT JOIN prev ON prev.dealer_id = d.id
        LEFT JOIN down ON down.dealer_id = d.id
        LEFT JOIN bound ON bound.dealer_id = d.id
        LEFT JOIN commission ON commission.dealer_id = d.id
        LEFT JOIN stock ON stock.dealer_id = d.id
       WHERE d.deleted_at IS NULL ${tierFilter}
    ),
    ranked AS (
      SELECT league.*,
             RANK() OVER (PARTITION BY tier_id ORDER BY sales - refunded DESC) AS tier_rank,
             COUNT(*) OVER (PARTITION BY tier_id) AS tier_size,
             COUNT(*) OVER () AS total_count
        FROM league
    )
    SELECT * FROM ranked
     ORDER BY ${ORDER_SQL[q.order]} ${direction}, code ASC
     LIMIT :limit OFFSET :offset`,
    {
      from: q.range.from,
      to: q.range.to,
      prev_from: q.previous.from,
      prev_to: q.previous.to,
      currency: q.currency,
      ...(q.tier_id ? { tier_id: q.tier_id } : {}),
      limit: q.limit,
      offset: q.offset,
    }
  )
  return {
    count: rows.length ? int(rows[0].total_count) : await countDealers(pg, q.tier_id),
    rows: rows.map((r: any) => ({
      dealer: { id: r.id, code: r.code, display_name: r.display_name, status: r.status, tier_id: r.tier_id },
      sums: sumsOf(r),
      previous_net_sales: str(r.previous_net_sales),
      tier_rank: int(r.tier_rank),
      tier_size: int(r.tier_size),
    })),
  }
}

async function countDealers(pg: Knex, tierId?: string): Promise<number> {
  const { rows } = await pg.raw(
    `SELECT COUNT(*) AS n FROM distribution_dealer d WHERE d.deleted_at IS NULL ${tierId ? "AND d.tier_id = :tier_id" : ""}`,
    tierId ? { tier_id: tierId } : {}
  )
  return int(rows[0]?.n)
}

export type Measured = { sales: string; active_customers: number; downline_sales: string }

/**
 * What tier rules compare, for some dealers over one window: own net sales,
 * distinct buyers, whole-downline net sales (each dealer's own net credited to
 * its ancestors in today's tree). One statement for all the dealers.
 */
export async function measureDealers(
  pg: Knex,
  dealerIds: string[],
  range: Range,
  currency: string
): Promise<Map<string, Measured>> {
  const result = new Map<string, Measured>()
  if (!dealerIds.length) return result
  const { rows } = await pg.raw(
    `
    WITH own AS (
      SELECT f.dealer_id,
             SUM(f.net_amount - f.refunded_amount) AS net,
             COUNT(DISTINCT f.customer_id) FILTER (WHERE NOT f.canceled) AS active_customers
        FROM sales_fact f
       WHERE f.dealer_id IS NOT NULL AND f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency
       GROUP BY f.dealer_id
    ),
    down AS (
      SELECT a.ancestor_id AS dealer_id, SUM(own.net) AS net
        FROM own
        JOIN distribution_dealer s ON s.id = own.dealer_id AND s.deleted_at IS NULL
        CROSS JOIN LATERAL unnest(string_to_array(rtrim(s.path, '/'), '/')) AS a(ancestor_id)
       WHERE a.ancestor_id <> s.id AND a.ancestor_id = ANY(CAST(:ids AS text[]))
       GROUP BY a.ancestor_id
    )
    SELECT d.id, COALESCE(own.net, 0) AS sales, COALESCE(own.active_customers, 0) AS active_customers,
           COALESCE(down.net, 0) AS downline_sales
      FROM distribution_dealer d
      LEFT JOIN own ON own.dealer_id = d.id
      LEFT JOIN down ON down.dealer_id = d.id
     WHERE d.id = ANY(CAST(:ids AS text[]))`,
    { ids: textArray(dealerIds), from: range.from, to: range.to, currency }
  )
  for (const r of rows) {
    result.set(r.id, { sales: str(r.sales), active_customers: int(r.active_customers), downline_sales: str(r.downline_sales) })
  }
  return result
}
