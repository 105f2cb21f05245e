import { count, violations } from "./sql"
import type { InvariantCheck } from "./types"

/**
 * Invariant 2: the reversals of an accrual never add up to more than the
 * accrual (absolute values), and a reversal reverses an accrual of the same
 * dealer, currency, order and line.
 */
export const reversalsWithinAccrual: InvariantCheck = {
  id: 2,
  name: "reversals of an accrual never exceed the accrual",
  run: async (db) => {
    const over = await violations(
      db,
      `SELECT a.id, a.amount::text AS accrued, (-sum(r.amount))::text AS reversed,
              array_prepend(a.id, array_agg(r.id ORDER BY r.id)) AS ids
         FROM commission_entry r
         JOIN commission_entry a ON a.id = r.reverses_entry_id AND a.kind = 'accrual' AND a.deleted_at IS NULL
        WHERE r.kind = 'reversal' AND r.deleted_at IS NULL
        GROUP BY a.id, a.amount
       HAVING -sum(r.amount) > a.amount
        ORDER BY a.id`,
      (r) => `accrual ${r.id} of ${r.accrued} is reversed by ${r.reversed}`
    )
    const orphans = await violations(
      db,
      `SELECT r.id, r.reverses_entry_id, a.kind AS target_kind,
              CASE WHEN a.id IS NULL THEN ARRAY[r.id] ELSE ARRAY[r.id, a.id] END AS ids
         FROM commission_entry r
         LEFT JOIN commission_entry a ON a.id = r.reverses_entry_id AND a.deleted_at IS NULL
        WHERE r.kind = 'reversal' AND r.deleted_at IS NULL
          AND (a.id IS NULL OR a.kind <> 'accrual')
        ORDER BY r.id`,
      (r) =>
        r.reverses_entry_id
          ? r.target_kind
            ? `reversal ${r.id} reverses ${r.reverses_entry_id}, which is a ${r.target_kind}, not an accrual`
            : `reversal ${r.id} reverses ${r.reverses_entry_id}, which does not exist`
          : `reversal ${r.id} names no accrual`
    )
    const mismatched = await violations(
      db,
      `SELECT r.id, a.id AS accrual_id, ARRAY[r.id, a.id] AS ids
         FROM commission_entry r
         JOIN commission_entry a ON a.id = r.reverses_entry_id AND a.kind = 'accrual' AND a.deleted_at IS NULL
        WHERE r.kind = 'reversal' AND r.deleted_at IS NULL
          AND (r.dealer_id <> a.dealer_id OR r.currency_code <> a.currency_code
               OR r.order_id IS DISTINCT FROM a.order_id OR r.line_item_id IS DISTINCT FROM a.line_item_id)
        ORDER BY r.id`,
      (r) => `reversal ${r.id} differs from its accrual ${r.accrual_id} in dealer, currency, order or line`
    )
    const checked = await count(db, `SELECT 1 FROM commission_entry WHERE kind = 'accrual' AND deleted_at IS NULL`)
    return { checked, violations: [...over, ...orphans, ...mismatched] }
  },
}
