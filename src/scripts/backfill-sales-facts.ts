import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type ReportingModuleService from "../modules/reporting/service"
import { REPORTING_MODULE } from "../types/module-names"
import { syncSalesFacts } from "../workflows/reporting/utils/sync-sales-facts"

/**
 * Fills the sales fact table from the orders a store already has (a store
 * that installs the plugin with a history, or after a bug fix): every
 * non-draft order, oldest first, 200 per batch, each batch recomputed from
 * the order, its attribution and its ledger exactly as the live workflows
 * do and upserted in one statement. Running it again changes nothing; it
 * prints a cursor after every batch to resume from.
 *
 *   npx medusa exec ./src/scripts/backfill-sales-facts.ts
 *   npx medusa exec ./src/scripts/backfill-sales-facts.ts after=2026-11-15T02:00:00.123456Z,order_01…
 *   npx medusa exec ./src/scripts/backfill-sales-facts.ts rebuild      # empty the table first
 *   npx medusa exec ./src/scripts/backfill-sales-facts.ts batch=500
 *
 * (`medusa exec` passes only positional arguments, hence `name=value` rather than `--name`.)
 *
 * Live events keep running meanwhile: an order changed while its batch is
 * being written is recomputed by its own event, under the order's lock.
 */
export default async function backfillSalesFactsScript({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = parseArgs(args ?? [])
  const result = await backfillSalesFacts(container, { ...options, log: (line) => logger.info(line) })
  logger.info(
    `Sales facts: ${result.orders} order(s), ${result.rows} row(s), ${result.written} written, ${result.deleted} removed in ${(result.ms / 1000).toFixed(1)} s.`
  )
}

export type BackfillOptions = {
  /** Orders per batch (1–1000); 200 by default. */
  batch_size?: number
  /** Resume after this cursor (`created_at,id` of the last order done). */
  after?: { created_at: string; id: string } | null
  /** Empty the table first (`rebuild`). */
  rebuild?: boolean
  log?: (line: string) => void
}

export type BackfillResult = {
  orders: number
  rows: number
  written: number
  deleted: number
  batches: number
  cursor: { created_at: string; id: string } | null
  ms: number
}

/** The backfill itself, for the script and for tests. */
export async function backfillSalesFacts(container: MedusaContainer, options: BackfillOptions = {}): Promise<BackfillResult> {
  const started = Date.now()
  const batchSize = Math.min(1000, Math.max(1, options.batch_size ?? 200))
  const log = options.log ?? (() => undefined)
  if (options.rebuild) {
    await container.resolve<ReportingModuleService>(REPORTING_MODULE).truncateFacts()
    log("Sales facts: table emptied (rebuild).")
  }
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const totals: BackfillResult = { orders: 0, rows: 0, written: 0, deleted: 0, batches: 0, cursor: options.after ?? null, ms: 0 }

  for (;;) {
    const cursor = totals.cursor
    // Keyset page on (created_at, id), stable however many orders arrive meanwhile. Only the ids
    // come from SQL: a JS Date would cut created_at's microseconds and the page would repeat.
    const { rows: data } = await knex.raw(
      `SELECT id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at
         FROM "order"
        WHERE deleted_at IS NULL AND status <> 'draft'
          ${cursor ? "AND (created_at, id) > (?::timestamptz, ?)" : ""}
        ORDER BY created_at, id
        LIMIT ?`,
      [...(cursor ? [cursor.created_at, cursor.id] : []), batchSize]
    )
    if (!data.length) {
      break
    }
    const result = await syncSalesFacts(
      container,
      data.map((o: any) => o.id)
    )
    const last = data[data.length - 1] as any
    totals.cursor = { created_at: last.created_at, id: last.id }
    totals.batches++
    totals.orders += result.orders
    totals.rows += result.rows
    totals.written += result.written
    totals.deleted += result.deleted
    log(
      `Sales facts: batch ${totals.batches}: ${result.orders} order(s), ${result.rows} row(s), ${result.written} written` +
        ` — ${totals.orders} order(s) so far, ${((Date.now() - started) / 1000).toFixed(1)} s;` +
        ` resume with after=${totals.cursor.created_at},${totals.cursor.id}`
    )
    if (data.length < batchSize) {
      break
    }
  }
  totals.ms = Date.now() - started
  return totals
}

function parseArgs(args: string[]): BackfillOptions {
  const options: BackfillOptions = {}
  for (const arg of args) {
    const [flag, value] = arg.replace(/^--/, "").split(/=(.*)/s)
    if (flag === "rebuild" && value === undefined) {
      options.rebuild = true
    } else if (flag === "batch") {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error("batch= takes a whole number from 1 to 1000")
      options.batch_size = n
    } else if (flag === "after") {
      const [at, id] = String(value ?? "").split(",")
      if (!id || isNaN(new Date(at).getTime())) throw new Error("after= takes <created_at>,<order id> as printed by a batch")
      options.after = { created_at: at, id }
    } else {
      throw new Error(`Unknown argument ${arg}: use rebuild, batch=N, after=<created_at>,<order id>`)
    }
  }
  return options
}
