import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Range } from "./dealer-figures"

/**
 * The SQL behind the Distribution dashboard: store-wide totals of a period
 * from the sales facts and the ledger, dealers per tier, and the commission
 * liability (ledger balances by status). Each is one grouped statement.
 */

const str = (v: unknown) => (v == null ? "0" : String(v))
const int = (v: unknown) => (v == null ? 0 : Number(v))

export type DashboardSums = {
  /** Every order line of the period (attributed or not), before refunds, refunded, and their orders/buyers. */
  sales: string
  refunded: string
  order_count: number
  customer_count: number
  /** The attributed share: lines with a dealer. */
  attributed_sales: string
  attributed_refunded: string
  attributed_order_count: number
  commission_earned: string
  commission_paid: string
  new_dealers: number
  new_bound_customers: number
}

export async function dashboardSums(pg: Knex, range: Range, currency: string): Promise<DashboardSums> {
  const { rows } = await pg.raw(
    `
    WITH facts AS (
      SELECT COALESCE(SUM(f.net_amount), 0) AS sales,
             COALESCE(SUM(f.refunded_amount), 0) AS refunded,
             COUNT(DISTINCT f.order_id) FILTER (WHERE NOT f.canceled) AS order_count,
             COUNT(DISTINCT f.customer_id) FILTER (WHERE NOT f.canceled) AS customer_count,
             COALESCE(SUM(f.net_amount) FILTER (WHERE f.dealer_id IS NOT NULL), 0) AS attributed_sales,
             COALESCE(SUM(f.refunded_amount) FILTER (WHERE f.dealer_id IS NOT NULL), 0) AS attributed_refunded,
             COUNT(DISTINCT f.order_id) FILTER (WHERE f.dealer_id IS NOT NULL AND NOT f.canceled) AS attributed_order_count
        FROM sales_fact f
       WHERE f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency
    ),
    ledger AS (
      SELECT COALESCE(SUM(e.amount) FILTER (WHERE e.kind <> 'payout'), 0) AS earned,
             COALESCE(-SUM(e.amount) FILTER (WHERE e.kind = 'payout'), 0) AS paid
        FROM commission_entry e
       WHERE e.created_at >= :from AND e.created_at < :to AND e.currency_code = :currency AND e.deleted_at IS NULL
    )
    SELECT facts.*, ledger.earned AS commission_earned, ledger.paid AS commission_paid,
           (SELECT COUNT(*) FROM distribution_dealer d
             WHERE d.created_at >= :from AND d.created_at < :to AND d.deleted_at IS NULL) AS new_dealers,
           (SELECT COUNT(*) FROM distribution_customer_binding b
             WHERE b.bound_at >= :from AND b.bound_at < :to AND b.deleted_at IS NULL) AS new_bound_customers
      FROM facts, ledger`,
    { from: range.from, to: range.to, currency }
  )
  const r = rows[0] ?? {}
  return {
    sales: str(r.sales),
    refunded: str(r.refunded),
    order_count: int(r.order_count),
    customer_count: int(r.customer_count),
    attributed_sales: str(r.attributed_sales),
    attributed_refunded: str(r.attributed_refunded),
    attributed_order_count: int(r.attributed_order_count),
    commission_earned: str(r.commission_earned),
    commission_paid: str(r.commission_paid),
    new_dealers: int(r.new_dealers),
    new_bound_customers: int(r.new_bound_customers),
  }
}

export type TierDistributionRow = {
  tier: { id: string; code: string; name_en: string; name_zh: string; rank: number }
  dealers: number
  active_dealers: number
  /** Own net sales in the period of the tier's dealers (by the tier they are in now). */
  net_sales: string
}

export async function tierDistribution(pg: Knex, range: Range, currency: string): Promise<TierDistributionRow[]> {
  const { rows } = await pg.raw(
    `
    WITH net AS (
      SELECT f.dealer_id, SUM(f.net_amount - f.refunded_amount) AS net
        FROM sales_fact f
       WHERE f.dealer_id IS NOT NULL AND f.placed_at >= :from AND f.placed_at < :to AND f.currency_code = :currency
       GROUP BY f.dealer_id
    )
    SELECT t.id, t.code, t.name_en, t.name_zh, t.rank,
           COUNT(d.id) AS dealers,
           COUNT(d.id) FILTER (WHERE d.status = 'active') AS active_dealers,
           COALESCE(SUM(net.net), 0) AS net_sales
      FROM distribution_dealer_tier t
      LEFT JOIN distribution_dealer d ON d.tier_id = t.id AND d.deleted_at IS NULL
      LEFT JOIN net ON net.dealer_id = d.id
     WHERE t.deleted_at IS NULL
     GROUP BY t.id
     ORDER BY t.rank, t.code`,
    { from: range.from, to: range.to, currency }
  )
  return rows.map((r: any) => ({
    tier: { id: r.id, code: r.code, name_en: r.name_en, name_zh: r.name_zh, rank: int(r.rank) },
    dealers: int(r.dealers),
    active_dealers: int(r.active_dealers),
    net_sales: str(r.net_sales),
  }))
}

export type LiabilityRow = {
  currency_code: string
  pending: string
  available: string
  reserved: string
  /** Entries settled by payouts (the payout entries themselves are not counted). */
  paid: string
}

/** Ledger balances of every dealer together, per currency and status: what the merchant owes and has paid. */
export async function commissionLiability(pg: Knex): Promise<LiabilityRow[]> {
  const { rows } = await pg.raw(
    `SELECT e.currency_code,
            COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'pending'), 0) AS pending,
            COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'available'), 0) AS available,
            COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'reserved'), 0) AS reserved,
            COALESCE(SUM(e.amount) FILTER (WHERE e.status = 'paid' AND e.kind <> 'payout'), 0) AS paid
       FROM commission_entry e
      WHERE e.deleted_at IS NULL
      GROUP BY e.currency_code
      ORDER BY e.currency_code`
  )
  return rows.map((r: any) => ({
    currency_code: r.currency_code,
    pending: str(r.pending),
    available: str(r.available),
    reserved: str(r.reserved),
    paid: str(r.paid),
  }))
}
