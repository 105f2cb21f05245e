import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SalesFactRow } from "../../lib/reporting/sales-fact-rows"
import { PluginOptions, resolvePluginOptions } from "../../lib/options/plugin-options"
import { SalesFact } from "./models/sales-fact"
import { textArray } from "../../lib/sql/text-array"
import { executeBound } from "../../lib/sql/bound-sql"
import { newEntityId } from "../../lib/commission/entity-ids"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }


const rawBigNumber = (value: string) => JSON.stringify({ value, precision: 20 })

/** Columns of an upserted row, in VALUES order (raw_* beside each amount, as Medusa's bigNumber keeps them). */
const COLUMNS = [
  "id",
  "order_id",
  "line_item_id",
  "order_display_id",
  "placed_at",
  "customer_id",
  "dealer_id",
  "dealer_tier_id",
  "upline_dealer_ids",
  "product_id",
  "variant_id",
  "sku",
  "product_title",
  "collection_id",
  "category_ids",
  "region_id",
  "country_code",
  "sales_channel_id",
  "currency_code",
  "quantity",
  "returned_quantity",
  "net_amount",
  "raw_net_amount",
  "refunded_amount",
  "raw_refunded_amount",
  "commission_amount",
  "raw_commission_amount",
  "canceled",
] as const
const CASTS: Partial<Record<(typeof COLUMNS)[number], string>> = {
  upline_dealer_ids: "::text[]",
  category_ids: "::text[]",
  raw_net_amount: "::jsonb",
  raw_refunded_amount: "::jsonb",
  raw_commission_amount: "::jsonb",
  net_amount: "::numeric",
  refunded_amount: "::numeric",
  commission_amount: "::numeric",
  placed_at: "::timestamptz",
}
/** Everything but the id and the conflict key is brought up to date on conflict. */
const UPDATED = COLUMNS.filter((c) => c !== "id" && c !== "line_item_id")
const ROW_PLACEHOLDERS = `(${COLUMNS.map((c) => `?${CASTS[c] ?? ""}`).join(", ")})`
/** Rows per statement: 28 parameters each stays far below PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 1000
/** Rows `swapOrderFacts` writes in its one statement: 2,000 × 28 + 3 parameters, still below 65,535 (a backlog batch of 500 orders has ~1,000 lines). */
const SWAP_ROWS_PER_STATEMENT = 2000

function rowParams(row: SalesFactRow): unknown[] {
  return [
    newEntityId("sfact"),
    row.order_id,
    row.line_item_id,
    row.order_display_id,
    row.placed_at,
    row.customer_id,
    row.dealer_id,
    row.dealer_tier_id,
    textArray(row.upline_dealer_ids),
    row.product_id,
    row.variant_id,
    row.sku,
    row.product_title,
    row.collection_id,
    textArray(row.category_ids),
    row.region_id,
    row.country_code,
    row.sales_channel_id,
    row.currency_code,
    row.quantity,
    row.returned_quantity,
    row.net_amount,
    rawBigNumber(row.net_amount),
    row.refunded_amount,
    rawBigNumber(row.refunded_amount),
    row.commission_amount,
    rawBigNumber(row.commission_amount),
    row.canceled,
  ]
}

/** The fact rows of some orders (binding: their ids), as `listOrderFacts` returns them. */
const ORDER_FACTS_SQL = `
  SELECT order_id, line_item_id, order_display_id, placed_at, customer_id, dealer_id, dealer_tier_id,
         upline_dealer_ids, product_id, variant_id, sku, product_title, collection_id, category_ids,
         region_id, country_code, sales_channel_id, currency_code, quantity, returned_quantity,
         net_amount::text AS net_amount, refunded_amount::text AS refunded_amount,
         commission_amount::text AS commission_amount, canceled
    FROM sales_fact WHERE order_id = ANY(?::text[])
   ORDER BY order_id, line_item_id`

const DELETE_STALE_SQL = `DELETE FROM sales_fact WHERE order_id = ANY(?::text[]) AND NOT (line_item_id = ANY(?::text[])) RETURNING 1`

/** The upsert of `count` rows; `first` also drops the lines that left the orders (bindings: order ids, line ids). */
function upsertSql(count: number, first: boolean, withPrevious = false): string {
  return `WITH ${first ? `gone AS (${DELETE_STALE_SQL}),` : ""}
     ${withPrevious ? `previous AS (${ORDER_FACTS_SQL}),` : ""}
     upserted AS (
       INSERT INTO sales_fact (${COLUMNS.join(", ")})
       VALUES ${Array.from({ length: count }, () => ROW_PLACEHOLDERS).join(", ")}
       ON CONFLICT (line_item_id) DO UPDATE SET
         ${UPDATED.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, updated_at = now()
       WHERE (${UPDATED.map((c) => `sales_fact.${c}`).join(", ")})
             IS DISTINCT FROM (${UPDATED.map((c) => `EXCLUDED.${c}`).join(", ")})
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM upserted)::int AS written,
            ${first ? "(SELECT count(*) FROM gone)::int" : "0"} AS deleted
            ${withPrevious ? ", (SELECT json_agg(previous) FROM previous) AS previous" : ""}`
}

/**
 * The reporting module: the sales fact table (`sales_fact`) the reports
 * aggregate. Rows are written only by `replaceOrderFacts`, from rows
 * recomputed by `buildSalesFactRows`; everyone else reads them with SQL.
 */
class ReportingModuleService extends MedusaService({ SalesFact }) {
  protected readonly options_: PluginOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolvePluginOptions(options)
  }

  getOptions(): PluginOptions {
    return this.options_
  }

  /**
   * Makes the fact rows of `orderIds` exactly `rows`: lines no longer in an
   * order are deleted, the others inserted or updated on `line_item_id` —
   * one statement (per thousand rows), in one transaction. A row that is
   * already what it should be is not rewritten (its `updated_at` stays), so
   * a replayed event changes nothing. Returns how many rows changed.
   */
  @InjectTransactionManager()
  async replaceOrderFacts(
    orderIds: string[],
    rows: SalesFactRow[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ written: number; deleted: number }> {
    if (!orderIds.length) {
      return { written: 0, deleted: 0 }
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const lineIds = rows.map((r) => r.line_item_id)
    if (!rows.length) {
      const deleted = await executeBound(manager, DELETE_STALE_SQL, [textArray(orderIds), textArray(lineIds)])
      return { written: 0, deleted: deleted.length }
    }
    let written = 0
    let deleted = 0
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT)
      // The first statement also drops the lines that left the orders.
      const [result] = await executeBound(
        manager,
        upsertSql(chunk.length, i === 0),
        [...(i === 0 ? [textArray(orderIds), textArray(lineIds)] : []), ...chunk.flatMap(rowParams)]
      )
      written += Number(result.written)
      deleted += Number(result.deleted)
    }
    return { written, deleted }
  }

  /**
   * `replaceOrderFacts` for a writer that undoes its own write (the batched
   * accrual): also returns the orders' rows as they were (`previous`, what
   * its compensation puts back). Up to 2,000 rows this is one statement
   * — atomic alone, so without a transaction's two round trips, and the
   * previous rows come from the same statement's snapshot (its CTEs all see
   * the table as it was); more rows (or none): `listOrderFacts`, then `replaceOrderFacts`.
   */
  @InjectManager()
  async swapOrderFacts(
    orderIds: string[],
    rows: SalesFactRow[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ written: number; deleted: number; previous: SalesFactRow[] }> {
    if (!orderIds.length) {
      return { written: 0, deleted: 0, previous: [] }
    }
    if (!rows.length || rows.length > SWAP_ROWS_PER_STATEMENT) {
      const previous = await this.listOrderFacts(orderIds)
      return { ...(await this.replaceOrderFacts(orderIds, rows)), previous }
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const [result] = await executeBound(manager, upsertSql(rows.length, true, true), [
      textArray(orderIds),
      textArray(rows.map((r) => r.line_item_id)),
      textArray(orderIds),
      ...rows.flatMap(rowParams),
    ])
    const previous = ((result.previous ?? []) as any[]).map((r) => ({ ...r, placed_at: new Date(r.placed_at) }))
    return { written: Number(result.written), deleted: Number(result.deleted), previous }
  }

  /** The fact rows of some orders as they are now (what a compensation puts back). */
  @InjectManager()
  async listOrderFacts(orderIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<SalesFactRow[]> {
    if (!orderIds.length) {
      return []
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(ORDER_FACTS_SQL, [textArray(orderIds)])
    return rows.map((r: any) => ({ ...r, placed_at: new Date(r.placed_at) }))
  }

  /** Empties the fact table (a full rebuild: `backfill-sales-facts --rebuild`). */
  @InjectTransactionManager()
  async truncateFacts(@MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    await manager.execute(`TRUNCATE sales_fact`)
  }
}

export default ReportingModuleService
