import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { accrueOrderBatchWorkflow } from "../workflows/accrue-order-batch"

export type OrderBacklogOptions = {
  /** Orders per batch (1–1000); 500 by default. */
  batch_size?: number
  /** Resume after this cursor (`created_at,id` of the last order looked at). */
  after?: { created_at: string; id: string } | null
  /** Only orders placed at or after this moment. */
  since?: Date | null
  /** Only orders placed before this moment (the job leaves the last minutes to the subscriber). */
  until?: Date | null
  /** Stop after this many batches (the job's bound per run). */
  max_batches?: number
  /**
   * Batches in flight at once (1–4); 2 by default. A batch's run alternates
   * between Node (deciding, splitting) and PostgreSQL (reads, inserts); a
   * second batch fills those gaps on the other core.
   */
  concurrency?: number
  log?: (line: string) => void
}

export type OrderBacklogResult = {
  /** Orders found unattributed or attributed but not accrued. */
  orders: number
  attributed: number
  accrued: number
  entries: number
  batches: number
  failed: { order_id: string; reason: string }[]
  cursor: { created_at: string; id: string } | null
  ms: number
}

/**
 * Placed orders the order.placed subscriber has not finished, oldest first:
 * no attribution yet, or attributed to a dealer (commissionable) without a
 * recorded split. One keyset page; only ids and a microsecond cursor come
 * from SQL (the `order` table and the plugin's tables share the database,
 * as the sales fact backfill reads them).
 */
export async function findUnaccruedOrders(
  container: MedusaContainer,
  page: Pick<OrderBacklogOptions, "after" | "since" | "until"> & { limit: number }
): Promise<{ id: string; created_at: string }[]> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT o.id, to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at
       FROM "order" o
       LEFT JOIN distribution_order_attribution a ON a.order_id = o.id AND a.deleted_at IS NULL
      WHERE o.deleted_at IS NULL AND o.status <> 'draft'
        ${page.after ? "AND (o.created_at, o.id) > (?::timestamptz, ?)" : ""}
        ${page.since ? "AND o.created_at >= ?" : ""}
        ${page.until ? "AND o.created_at < ?" : ""}
        AND (a.id IS NULL
             OR (a.dealer_id IS NOT NULL AND a.commissionable
                 AND NOT EXISTS (SELECT 1 FROM commission_order c WHERE c.order_id = o.id AND c.deleted_at IS NULL)))
      ORDER BY o.created_at, o.id
      LIMIT ?`,
    [
      ...(page.after ? [page.after.created_at, page.after.id] : []),
      ...(page.since ? [page.since] : []),
      ...(page.until ? [page.until] : []),
      page.limit,
    ] as any
  )
  return rows
}

/**
 * Drains the backlog of placed-but-unaccrued orders with
 * `accrueOrderBatchWorkflow`, `concurrency` batches at a time, printing a
 * cursor after each batch to resume from. Safe to run while the subscriber works and to
 * run again: every write is once per order.
 */
export async function accrueOrderBacklog(
  container: MedusaContainer,
  options: OrderBacklogOptions = {}
): Promise<OrderBacklogResult> {
  const started = Date.now()
  const batchSize = Math.min(1000, Math.max(1, options.batch_size ?? 500))
  const log = options.log ?? (() => undefined)
  const totals: OrderBacklogResult = {
    orders: 0,
    attributed: 0,
    accrued: 0,
    entries: 0,
    batches: 0,
    failed: [],
    cursor: options.after ?? null,
    ms: 0,
  }
  const concurrency = Math.min(4, Math.max(1, options.concurrency ?? 2))
  // Pages are read one after the other (each starts after the previous
  // page's last order) and accrued up to `concurrency` at a time; results are
  // taken in page order, so the printed cursor only ever passes orders whose
  // batch has finished.
  const inFlight: { page: { id: string; created_at: string }[]; run: ReturnType<typeof runBatch> }[] = []
  let readCursor = totals.cursor
  let exhausted = false
  let startedBatches = 0
  const finishOldest = async () => {
    const { page, run } = inFlight.shift()!
    const result = await run
    const last = page[page.length - 1]
    totals.cursor = { created_at: last.created_at, id: last.id }
    totals.batches++
    totals.orders += page.length
    totals.attributed += result.attributed
    totals.accrued += result.accrued
    totals.entries += result.entries
    totals.failed.push(...result.failed)
    for (const f of result.failed) {
      log(`Order backlog: order ${f.order_id} left unattributed: ${f.reason}`)
    }
    log(
      `Order backlog: batch ${totals.batches}: ${page.length} order(s), ${result.attributed} attributed, ` +
        `${result.accrued} accrued (${result.entries} entries) — ${totals.orders} so far, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s; resume with after=${totals.cursor.created_at},${totals.cursor.id}`
    )
  }
  try {
    while (!exhausted && (!options.max_batches || startedBatches < options.max_batches)) {
      const page = await findUnaccruedOrders(container, {
        after: readCursor,
        since: options.since,
        until: options.until,
        limit: batchSize,
      })
      if (!page.length) {
        break
      }
      const last = page[page.length - 1]
      readCursor = { created_at: last.created_at, id: last.id }
      exhausted = page.length < batchSize
      startedBatches++
      const run = runBatch(container, page)
      // Awaited in page order below; until then a failure must not count as unhandled.
      run.catch(() => undefined)
      inFlight.push({ page, run })
      if (inFlight.length >= concurrency) {
        await finishOldest()
      }
    }
    while (inFlight.length) {
      await finishOldest()
    }
  } finally {
    // A batch that failed leaves the others to finish before the error goes up.
    await Promise.allSettled(inFlight.map((b) => b.run))
  }
  totals.ms = Date.now() - started
  return totals
}

async function runBatch(container: MedusaContainer, page: { id: string }[]) {
  const { result } = await accrueOrderBatchWorkflow(container).run({ input: { order_ids: page.map((o) => o.id) } })
  return result
}
