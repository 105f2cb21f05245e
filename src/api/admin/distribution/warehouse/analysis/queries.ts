import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { containsPattern } from "../../../../../lib/sql/like-pattern"
import {
  availableQuantity,
  COVER_WINDOW_DAYS,
  CurrencyValue,
  daysOfCover,
  isSlowMover,
  periodSince,
  singleCurrency,
  slowMoverSince,
  stockValue,
  sumByCurrency,
  turnover,
} from "../../../../../lib/warehouse/stock-analysis"

/**
 * The SQL behind the inventory analysis: aggregates over Medusa's inventory
 * levels and items, stock locations and fulfilments, the warehouse module's
 * item costs and the dealer ↔ stock location link. One statement per
 * response (a page of rows plus its count), every join on an indexed column:
 * - inventory_level: (inventory_item_id, location_id) unique, location_id;
 * - fulfillment_item: inventory_item_id (sales of a row looked up per row
 *   with a lateral join, after the page is cut when the order allows);
 * - fulfillment: primary key; item_cost: inventory_item_id unique;
 * - the link table: stock_location_id.
 * "Sold" = fulfilment items (not deleted) of fulfilments that are not
 * canceled, at the fulfilment's location, dated by the fulfilment's created_at.
 */

const LINK_TABLE = "distribution_dealer_stock_location_stock_location"

/** The dealer owning a location (the link workflows keep one at most). */
const DEALER_OF = (locationColumn: string) => `
  LEFT JOIN LATERAL (
    SELECT d.id, d.code, d.display_name
    FROM ${LINK_TABLE} dl
    JOIN distribution_dealer d ON d.id = dl.dealer_id AND d.deleted_at IS NULL
    WHERE dl.stock_location_id = ${locationColumn} AND dl.deleted_at IS NULL
    ORDER BY dl.created_at
    LIMIT 1
  ) dealer ON true`

/** The sales of one row's item at its location. */
const SOLD_OF = (row: string) => `
  LEFT JOIN LATERAL (
    SELECT
      COALESCE(SUM(fi.quantity) FILTER (WHERE f.created_at >= :since_30d), 0) AS sold_30d,
      COALESCE(SUM(fi.quantity) FILTER (WHERE f.created_at >= :since_period), 0) AS sold_period,
      MAX(f.created_at) AS last_sold_at
    FROM fulfillment_item fi
    JOIN fulfillment f ON f.id = fi.fulfillment_id
    WHERE fi.inventory_item_id = ${row}.inventory_item_id AND fi.deleted_at IS NULL
      AND f.location_id = ${row}.location_id AND f.deleted_at IS NULL AND f.canceled_at IS NULL
  ) sold ON true`

export type AnalysisWindow = {
  now: Date
  period_days: number
  slow_mover_days: number
}

function windowBindings(w: AnalysisWindow) {
  return {
    since_30d: periodSince(w.now, COVER_WINDOW_DAYS),
    since_period: periodSince(w.now, w.period_days),
    since_slow: slowMoverSince(w.now, w.slow_mover_days),
    /** The oldest of the three: fulfilments before it matter to no figure of the summary. */
    since_scan: periodSince(w.now, Math.max(COVER_WINDOW_DAYS, w.period_days, w.slow_mover_days)),
  }
}


const int = (v: unknown): number => (v == null ? 0 : Number(v))
const date = (v: unknown): Date | null => (v == null ? null : new Date(v as string))

export type DealerRef = { id: string; code: string; name: string }
const dealerRef = (row: any): DealerRef | null =>
  row.dealer_id ? { id: row.dealer_id, code: row.dealer_code, name: row.dealer_name } : null

/* ------------------------------------------------------------------ summary */

export type LocationSummary = {
  location: { id: string; name: string }
  dealer: DealerRef | null
  items: number
  on_hand: number
  reserved: number
  available: number
  /** The value when every costed item of the location is costed in one currency, else null (see `values`). */
  value: string | null
  currency_code: string | null
  values: CurrencyValue[]
  /** On hand of items without a unit cost (not in the value). */
  uncosted_on_hand: number
  sold: number
  sold_30d: number
  turnover: number | null
  days_of_cover: number | null
  slow_movers: number
}

export type AnalysisSummary = {
  period_days: number
  slow_mover_days: number
  totals: Omit<LocationSummary, "location" | "dealer"> & { locations: number }
  locations: LocationSummary[]
}

/**
 * Per stock location: items with a level, on hand, reserved, available,
 * value per currency, sold in the period and in 30 days, slow movers; and
 * the totals. One statement.
 */
export async function analysisSummary(pg: Knex, w: AnalysisWindow): Promise<AnalysisSummary> {
  const { rows } = await pg.raw(
    `
    WITH lv AS (
      SELECT il.location_id, il.inventory_item_id, il.stocked_quantity AS on_hand, il.reserved_quantity AS reserved
      FROM inventory_level il
      JOIN inventory_item ii ON ii.id = il.inventory_item_id AND ii.deleted_at IS NULL
      WHERE il.deleted_at IS NULL
    ),
    shipped AS (
      SELECT f.location_id, fi.inventory_item_id,
        SUM(fi.quantity) FILTER (WHERE f.created_at >= :since_period) AS sold_period,
        SUM(fi.quantity) FILTER (WHERE f.created_at >= :since_30d) AS sold_30d,
        BOOL_OR(f.created_at >= :since_slow) AS recent
      FROM fulfillment f
      JOIN fulfillment_item fi ON fi.fulfillment_id = f.id AND fi.deleted_at IS NULL AND fi.inventory_item_id IS NOT NULL
      WHERE f.deleted_at IS NULL AND f.canceled_at IS NULL AND f.created_at >= :since_scan
      GROUP BY f.location_id, fi.inventory_item_id
    ),
    stock AS (
      SELECT lv.location_id,
        COUNT(*) AS items,
        SUM(lv.on_hand) AS on_hand,
        SUM(lv.reserved) AS reserved,
        SUM(GREATEST(lv.on_hand - lv.reserved, 0)) AS available,
        SUM(lv.on_hand) FILTER (WHERE ic.id IS NULL) AS uncosted_on_hand,
        COUNT(*) FILTER (WHERE lv.on_hand > 0 AND s.recent IS NOT TRUE) AS slow_movers
      FROM lv
      LEFT JOIN item_cost ic ON ic.inventory_item_id = lv.inventory_item_id AND ic.deleted_at IS NULL
      LEFT JOIN shipped s ON s.location_id = lv.location_id AND s.inventory_item_id = lv.inventory_item_id
      GROUP BY lv.location_id
    ),
    costed AS (
      SELECT v.location_id, json_agg(json_build_object('currency_code', v.currency_code, 'value', CAST(v.value AS text))) AS "values"
      FROM (
        SELECT lv.location_id, LOWER(ic.currency_code) AS currency_code, SUM(lv.on_hand * ic.unit_cost) AS value
        FROM lv
        JOIN item_cost ic ON ic.inventory_item_id = lv.inventory_item_id AND ic.deleted_at IS NULL
        GROUP BY lv.location_id, LOWER(ic.currency_code)
      ) v
      GROUP BY v.location_id
    ),
    sold AS (
      SELECT location_id, SUM(sold_period) AS sold_period, SUM(sold_30d) AS sold_30d
      FROM shipped
      GROUP BY location_id
    )
    SELECT sl.id, sl.name,
      dealer.id AS dealer_id, dealer.code AS dealer_code, dealer.display_name AS dealer_name,
      stock.items, stock.on_hand, stock.reserved, stock.available, stock.uncosted_on_hand, stock.slow_movers,
      costed."values", sold.sold_period, sold.sold_30d
    FROM stock_location sl
    ${DEALER_OF("sl.id")}
    LEFT JOIN stock ON stock.location_id = sl.id
    LEFT JOIN costed ON costed.location_id = sl.id
    LEFT JOIN sold ON sold.location_id = sl.id
    WHERE sl.deleted_at IS NULL
    ORDER BY sl.name, sl.id
    `,
    windowBindings(w)
  )

  const locations: LocationSummary[] = rows.map((r: any) => {
    const values = sumByCurrency(r.values ?? [])
    const on_hand = int(r.on_hand)
    const reserved = int(r.reserved)
    const available = int(r.available)
    const sold = int(r.sold_period)
    const sold_30d = int(r.sold_30d)
    return {
      location: { id: r.id, name: r.name },
      dealer: dealerRef(r),
      items: int(r.items),
      on_hand,
      reserved,
      available,
      ...singleCurrency(values),
      values,
      uncosted_on_hand: int(r.uncosted_on_hand),
      sold,
      sold_30d,
      turnover: turnover(sold, on_hand),
      days_of_cover: daysOfCover(available, sold_30d),
      slow_movers: int(r.slow_movers),
    }
  })

  const sum = (key: "items" | "on_hand" | "reserved" | "available" | "uncosted_on_hand" | "sold" | "sold_30d" | "slow_movers") =>
    locations.reduce((total, l) => total + l[key], 0)
  const values = sumByCurrency(locations.flatMap((l) => l.values))
  const on_hand = sum("on_hand")
  const available = sum("available")
  const sold = sum("sold")
  const sold_30d = sum("sold_30d")
  return {
    period_days: w.period_days,
    slow_mover_days: w.slow_mover_days,
    totals: {
      locations: locations.length,
      items: sum("items"),
      on_hand,
      reserved: sum("reserved"),
      available,
      ...singleCurrency(values),
      values,
      uncosted_on_hand: sum("uncosted_on_hand"),
      sold,
      sold_30d,
      turnover: turnover(sold, on_hand),
      days_of_cover: daysOfCover(available, sold_30d),
      slow_movers: sum("slow_movers"),
    },
    locations,
  }
}

/* -------------------------------------------------------------------- stock */

export const STOCK_ORDERS = [
  "location",
  "sku",
  "title",
  "on_hand",
  "reserved",
  "available",
  "value",
  "sold_30d",
  "sold_period",
  "days_of_cover",
  "turnover",
  "last_sold_at",
] as const
export type StockOrder = (typeof STOCK_ORDERS)[number]

/** SQL of each order over the columns of a stock row; `sold` ones need the sales before the page is cut. */
const STOCK_ORDER_SQL: Record<StockOrder, { sql: string; sold: boolean }> = {
  location: { sql: "location_name", sold: false },
  sku: { sql: "sku", sold: false },
  title: { sql: "title", sold: false },
  on_hand: { sql: "on_hand", sold: false },
  reserved: { sql: "reserved", sold: false },
  available: { sql: "GREATEST(on_hand - reserved, 0)", sold: false },
  value: { sql: "on_hand * unit_cost", sold: false },
  sold_30d: { sql: "sold_30d", sold: true },
  sold_period: { sql: "sold_period", sold: true },
  days_of_cover: { sql: `CASE WHEN sold_30d > 0 THEN GREATEST(on_hand - reserved, 0) * ${COVER_WINDOW_DAYS} / sold_30d END`, sold: true },
  turnover: { sql: "CASE WHEN on_hand > 0 THEN sold_period / on_hand END", sold: true },
  last_sold_at: { sql: "last_sold_at", sold: true },
}

export type StockFilters = {
  location_id?: string
  q?: string
  slow_only?: boolean
  /** A column of STOCK_ORDERS, `-` in front for descending. */
  order?: string
  limit: number
  offset: number
}

export type StockRow = {
  location: { id: string; name: string }
  dealer: DealerRef | null
  inventory_item_id: string
  sku: string | null
  title: string | null
  on_hand: number
  reserved: number
  available: number
  unit_cost: string | null
  currency_code: string | null
  value: string | null
  sold_30d: number
  sold_period: number
  days_of_cover: number | null
  turnover: number | null
  last_sold_at: string | null
  slow_mover: boolean
}

export function parseStockOrder(order: string | undefined): { key: StockOrder; desc: boolean } {
  const desc = !!order?.startsWith("-")
  const key = (order?.replace(/^-/, "") || "location") as StockOrder
  return { key: STOCK_ORDERS.includes(key) ? key : "location", desc }
}

/**
 * A page of stock rows (one per inventory level: location × item) with their
 * sales, value and cover, and the number of rows matching. One statement:
 * when neither the filter nor the order needs the sales, the page is cut
 * first and sales are looked up for its rows only.
 */
export async function analysisStock(
  pg: Knex,
  w: AnalysisWindow,
  filters: StockFilters
): Promise<{ rows: StockRow[]; count: number }> {
  const { key, desc } = parseStockOrder(filters.order)
  const order = STOCK_ORDER_SQL[key]
  const soldFirst = order.sold || !!filters.slow_only
  const direction = desc ? "DESC" : "ASC"
  const orderBy = `${order.sql} ${direction} NULLS LAST, location_name ASC, sku ASC NULLS LAST, location_id ASC, inventory_item_id ASC`

  const where = ["il.deleted_at IS NULL"]
  const bindings: Record<string, unknown> = { ...windowBindings(w), limit: filters.limit, offset: filters.offset }
  if (filters.location_id) {
    where.push("il.location_id = :location_id")
    bindings.location_id = filters.location_id
  }
  if (filters.q) {
    where.push("(ii.sku ILIKE :q OR ii.title ILIKE :q)")
    bindings.q = containsPattern(filters.q)
  }
  const base = `
    SELECT il.location_id, il.inventory_item_id, sl.name AS location_name, ii.sku, ii.title,
      il.stocked_quantity AS on_hand, il.reserved_quantity AS reserved,
      ic.unit_cost, LOWER(ic.currency_code) AS currency_code
    FROM inventory_level il
    JOIN inventory_item ii ON ii.id = il.inventory_item_id AND ii.deleted_at IS NULL
    JOIN stock_location sl ON sl.id = il.location_id AND sl.deleted_at IS NULL
    LEFT JOIN item_cost ic ON ic.inventory_item_id = il.inventory_item_id AND ic.deleted_at IS NULL
    WHERE ${where.join(" AND ")}`
  const slow = "on_hand > 0 AND (last_sold_at IS NULL OR last_sold_at < :since_slow)"

  // Sales needed before the page is cut (slow filter, order by sales): one
  // hash aggregate of the location's (or all) fulfilment items, joined by
  // (location, item). Otherwise the page is cut first and its rows' sales are
  // looked up through the fulfillment_item.inventory_item_id index.
  const sql = soldFirst
    ? `
    WITH shipped AS (
      SELECT f.location_id, fi.inventory_item_id,
        SUM(fi.quantity) FILTER (WHERE f.created_at >= :since_30d) AS sold_30d,
        SUM(fi.quantity) FILTER (WHERE f.created_at >= :since_period) AS sold_period,
        MAX(f.created_at) AS last_sold_at
      FROM fulfillment f
      JOIN fulfillment_item fi ON fi.fulfillment_id = f.id AND fi.deleted_at IS NULL AND fi.inventory_item_id IS NOT NULL
      WHERE f.deleted_at IS NULL AND f.canceled_at IS NULL${filters.location_id ? " AND f.location_id = :location_id" : ""}
      GROUP BY f.location_id, fi.inventory_item_id
    ),
    matched AS (
      SELECT * FROM (
        SELECT b.*, COALESCE(s.sold_30d, 0) AS sold_30d, COALESCE(s.sold_period, 0) AS sold_period, s.last_sold_at
        FROM (${base}) b
        LEFT JOIN shipped s ON s.location_id = b.location_id AND s.inventory_item_id = b.inventory_item_id
      ) x
      ${filters.slow_only ? `WHERE ${slow}` : ""}
    )
    SELECT c.total, p.* FROM (SELECT COUNT(*) AS total FROM matched) c
    LEFT JOIN LATERAL (
      SELECT m.* FROM matched m ORDER BY ${orderBy} LIMIT :limit OFFSET :offset
    ) p ON true`
    : `
    WITH matched AS (${base})
    SELECT c.total, p.* FROM (SELECT COUNT(*) AS total FROM matched) c
    LEFT JOIN LATERAL (
      SELECT pg.*, sold.sold_30d, sold.sold_period, sold.last_sold_at
      FROM (SELECT m.* FROM matched m ORDER BY ${orderBy} LIMIT :limit OFFSET :offset) pg
      ${SOLD_OF("pg")}
    ) p ON true`

  const { rows } = await pg.raw(
    `
    SELECT page.*, dealer.id AS dealer_id, dealer.code AS dealer_code, dealer.display_name AS dealer_name
    FROM (${sql}) page
    ${DEALER_OF("page.location_id")}
    ORDER BY ${orderBy}`,
    bindings
  )
  const count = rows.length ? int(rows[0].total) : 0
  return { rows: rows.filter((r: any) => r.inventory_item_id != null).map((r: any) => stockRow(r, w)), count }
}

function stockRow(r: any, w: AnalysisWindow): StockRow {
  const on_hand = int(r.on_hand)
  const reserved = int(r.reserved)
  const available = availableQuantity(on_hand, reserved)
  const sold_30d = int(r.sold_30d)
  const sold_period = int(r.sold_period)
  const last = date(r.last_sold_at)
  const unit_cost = r.unit_cost == null ? null : String(r.unit_cost)
  return {
    location: { id: r.location_id, name: r.location_name },
    dealer: dealerRef(r),
    inventory_item_id: r.inventory_item_id,
    sku: r.sku ?? null,
    title: r.title ?? null,
    on_hand,
    reserved,
    available,
    unit_cost: unit_cost == null ? null : stockValue(1, unit_cost, r.currency_code),
    currency_code: r.currency_code ?? null,
    value: stockValue(on_hand, unit_cost, r.currency_code),
    sold_30d,
    sold_period,
    days_of_cover: daysOfCover(available, sold_30d),
    turnover: turnover(sold_period, on_hand),
    last_sold_at: last ? last.toISOString() : null,
    slow_mover: isSlowMover(on_hand, last, w.slow_mover_days, w.now),
  }
}

/* ------------------------------------------------------------------ network */

export type NetworkRow = {
  inventory_item_id: string
  sku: string | null
  title: string | null
  total_on_hand: number
  producer_on_hand: number
  dealer_on_hand: number
  total_available: number
  locations: { id: string; name: string; dealer_id: string | null; dealer: DealerRef | null; on_hand: number; available: number }[]
}

/**
 * A page of inventory items (those with a level somewhere), each with its
 * on hand across the network: the producer's locations (no dealer), the
 * dealers' locations, and the split per location. One statement.
 */
export async function analysisNetwork(
  pg: Knex,
  filters: { q?: string; limit: number; offset: number }
): Promise<{ rows: NetworkRow[]; count: number }> {
  const bindings: Record<string, unknown> = { limit: filters.limit, offset: filters.offset }
  const where = ["ii.deleted_at IS NULL"]
  if (filters.q) {
    where.push("(ii.sku ILIKE :q OR ii.title ILIKE :q)")
    bindings.q = containsPattern(filters.q)
  }
  const { rows } = await pg.raw(
    `
    WITH items AS (
      SELECT ii.id, ii.sku, ii.title
      FROM inventory_item ii
      WHERE ${where.join(" AND ")}
        AND EXISTS (SELECT 1 FROM inventory_level il WHERE il.inventory_item_id = ii.id AND il.deleted_at IS NULL)
    )
    SELECT c.total, p.* FROM (SELECT COUNT(*) AS total FROM items) c
    LEFT JOIN LATERAL (
      SELECT i.id, i.sku, i.title, split.*
      FROM (SELECT * FROM items ORDER BY sku ASC NULLS LAST, id ASC LIMIT :limit OFFSET :offset) i
      CROSS JOIN LATERAL (
        SELECT
          SUM(il.stocked_quantity) AS total_on_hand,
          COALESCE(SUM(il.stocked_quantity) FILTER (WHERE dealer.id IS NULL), 0) AS producer_on_hand,
          COALESCE(SUM(il.stocked_quantity) FILTER (WHERE dealer.id IS NOT NULL), 0) AS dealer_on_hand,
          SUM(GREATEST(il.stocked_quantity - il.reserved_quantity, 0)) AS total_available,
          json_agg(json_build_object(
            'id', sl.id, 'name', sl.name, 'dealer_id', dealer.id, 'dealer_code', dealer.code,
            'dealer_name', dealer.display_name, 'on_hand', il.stocked_quantity,
            'available', GREATEST(il.stocked_quantity - il.reserved_quantity, 0)
          ) ORDER BY (dealer.id IS NOT NULL), sl.name, sl.id) AS locations
        FROM inventory_level il
        JOIN stock_location sl ON sl.id = il.location_id AND sl.deleted_at IS NULL
        ${DEALER_OF("sl.id")}
        WHERE il.inventory_item_id = i.id AND il.deleted_at IS NULL
      ) split
      ORDER BY i.sku ASC NULLS LAST, i.id ASC
    ) p ON true
    ORDER BY p.sku ASC NULLS LAST, p.id ASC`,
    bindings
  )
  const count = rows.length ? int(rows[0].total) : 0
  return {
    rows: rows
      .filter((r: any) => r.id != null)
      .map((r: any) => ({
        inventory_item_id: r.id,
        sku: r.sku ?? null,
        title: r.title ?? null,
        total_on_hand: int(r.total_on_hand),
        producer_on_hand: int(r.producer_on_hand),
        dealer_on_hand: int(r.dealer_on_hand),
        total_available: int(r.total_available),
        locations: (r.locations ?? []).map((l: any) => ({
          id: l.id,
          name: l.name,
          dealer_id: l.dealer_id ?? null,
          dealer: l.dealer_id ? { id: l.dealer_id, code: l.dealer_code, name: l.dealer_name } : null,
          on_hand: int(l.on_hand),
          available: int(l.available),
        })),
      })),
    count,
  }
}
