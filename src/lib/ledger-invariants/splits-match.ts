import { MAX_VIOLATIONS, rows } from "./sql"
import { checkOrderSplit, StoredAccrual, StoredOrderSplit } from "./split-recompute"
import type { InvariantCheck, InvariantViolation, Knex } from "./types"

/** Orders read and recomputed per round trip. */
export const SPLIT_BATCH_SIZE = 500

/**
 * Invariant 5: every order's split (commission_order.split, its totals and
 * its accruals in the ledger) equals what the pure commission function
 * computes from the stored frozen chain, inputs and plan snapshot, to the
 * cent. Orders are read in keyset pages of SPLIT_BATCH_SIZE, so memory stays
 * flat however many there are.
 */
export const splitsMatch: InvariantCheck = {
  id: 5,
  name: "every order's split equals the commission function on its frozen inputs",
  run: async (db) => {
    const found: InvariantViolation[] = []
    let checked = 0
    for await (const batch of orderBatches(db, SPLIT_BATCH_SIZE)) {
      checked += batch.length
      const accruals = await rows<StoredAccrual & { order_id: string }>(
        db,
        `SELECT id, order_id, dealer_id, currency_code, line_item_id, level, amount::text AS amount, rule_id
           FROM commission_entry
          WHERE kind = 'accrual' AND deleted_at IS NULL AND order_id = ANY(?::text[])
          ORDER BY id`,
        [batch.map((o) => o.order_id)]
      )
      const byOrder = new Map<string, StoredAccrual[]>()
      for (const a of accruals) {
        byOrder.set(a.order_id, [...(byOrder.get(a.order_id) ?? []), a])
      }
      for (const order of batch) {
        if (found.length < MAX_VIOLATIONS) {
          found.push(...checkOrderSplit(order, byOrder.get(order.order_id) ?? []))
        }
      }
    }
    return { checked, violations: found.slice(0, MAX_VIOLATIONS) }
  },
}

async function* orderBatches(db: Knex, size: number): AsyncGenerator<StoredOrderSplit[]> {
  let after: string | null = null
  for (;;) {
    const batch: StoredOrderSplit[] = await rows<StoredOrderSplit>(
      db,
      `SELECT id, order_id, currency_code, base_total::text AS base_total, commission_total::text AS commission_total,
              inputs, plan_snapshot, split
         FROM commission_order
        WHERE deleted_at IS NULL ${after ? "AND id > ?" : ""}
        ORDER BY id LIMIT ?`,
      [...(after ? [after] : []), size]
    )
    if (!batch.length) {
      return
    }
    yield batch
    if (batch.length < size) {
      return
    }
    after = batch[batch.length - 1].id
  }
}
