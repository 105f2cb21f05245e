import { count, tableExists, violations } from "./sql"
import type { InvariantCheck, InvariantViolation } from "./types"

/**
 * Invariant 6: the sales fact table (reporting module), when it exists, ties
 * out to Medusa's orders and to the commission ledger:
 * - every line of every placed (non-draft) order has exactly one fact, and
 *   every fact is a line of its order's current version;
 * - a fact's quantity, returned quantity, currency, cancellation and dealer
 *   are the order's and its attribution's;
 * - its commission is the line's accruals plus reversals, to the cent, and
 *   no ledger line is missing from the facts;
 * - what was given back lies between nothing and the whole line (all of it
 *   when canceled).
 */
export const salesFactsTieOut: InvariantCheck = {
  id: 6,
  name: "sales facts tie out to orders and the ledger",
  run: async (db) => {
    if (!(await tableExists(db, "sales_fact"))) {
      return { checked: 0, violations: [], skipped: "no sales_fact table" }
    }
    if (!(await tableExists(db, "order")) || !(await tableExists(db, "order_item"))) {
      return { checked: 0, violations: [], skipped: "no Medusa order tables" }
    }
    const hasAttributions = await tableExists(db, "distribution_order_attribution")
    const found: InvariantViolation[] = []

    found.push(
      ...(await violations(
        db,
        `WITH ledger AS (
           SELECT line_item_id, sum(amount) AS amount FROM commission_entry
            WHERE kind IN ('accrual', 'reversal') AND deleted_at IS NULL AND line_item_id IS NOT NULL
            GROUP BY line_item_id
         ), checked AS (
           SELECT f.id, f.order_id, f.line_item_id,
                  array_remove(ARRAY[
                    CASE WHEN o.id IS NULL THEN 'its order does not exist' END,
                    CASE WHEN o.id IS NOT NULL AND oi.id IS NULL THEN 'it is not a line of its order' END,
                    CASE WHEN f.quantity <> oi.quantity THEN format('quantity %s, the order says %s', f.quantity, oi.quantity) END,
                    CASE WHEN f.returned_quantity <> least(oi.quantity, oi.return_received_quantity + oi.return_dismissed_quantity)
                         THEN format('returned %s, the order says %s', f.returned_quantity, least(oi.quantity, oi.return_received_quantity + oi.return_dismissed_quantity)) END,
                    CASE WHEN o.id IS NOT NULL AND f.canceled <> (o.status = 'canceled' OR o.canceled_at IS NOT NULL)
                         THEN format('canceled %s, the order says %s', f.canceled, NOT f.canceled) END,
                    CASE WHEN f.currency_code <> lower(o.currency_code) THEN format('currency %s, the order says %s', f.currency_code, lower(o.currency_code)) END,
                    ${hasAttributions ? `CASE WHEN f.dealer_id IS DISTINCT FROM a.dealer_id THEN format('dealer %s, the attribution says %s', coalesce(f.dealer_id, 'none'), coalesce(a.dealer_id, 'none')) END,` : ""}
                    CASE WHEN f.commission_amount <> coalesce(l.amount, 0)
                         THEN format('commission %s, the ledger says %s', f.commission_amount, coalesce(l.amount, 0)) END,
                    CASE WHEN f.refunded_amount < 0 OR f.refunded_amount > f.net_amount OR (f.canceled AND f.refunded_amount <> f.net_amount)
                         THEN format('refunded %s of a net %s', f.refunded_amount, f.net_amount) END
                  ], NULL) AS problems
             FROM sales_fact f
             LEFT JOIN "order" o ON o.id = f.order_id AND o.deleted_at IS NULL
             LEFT JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.item_id = f.line_item_id AND oi.deleted_at IS NULL
             ${hasAttributions ? `LEFT JOIN distribution_order_attribution a ON a.order_id = f.order_id AND a.deleted_at IS NULL` : ""}
             LEFT JOIN ledger l ON l.line_item_id = f.line_item_id
            WHERE f.deleted_at IS NULL
         )
         SELECT id, order_id, line_item_id, problems, ARRAY[id, order_id, line_item_id] AS ids
           FROM checked WHERE cardinality(problems) > 0
          ORDER BY order_id, line_item_id`,
        (r) => `fact ${r.id} (order ${r.order_id}, line ${r.line_item_id}): ${(r.problems ?? []).join("; ")}`
      ))
    )

    found.push(
      ...(await violations(
        db,
        `SELECT o.id AS order_id, oi.item_id, ARRAY[o.id, oi.item_id] AS ids
           FROM "order" o
           JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
          WHERE o.deleted_at IS NULL AND o.status <> 'draft'
            AND NOT EXISTS (SELECT 1 FROM sales_fact f WHERE f.line_item_id = oi.item_id AND f.deleted_at IS NULL)
          ORDER BY o.id, oi.item_id`,
        (r) => `order ${r.order_id}: line ${r.item_id} has no sales fact`
      ))
    )

    found.push(
      ...(await violations(
        db,
        `SELECT line_item_id, min(order_id) AS order_id, array_prepend(line_item_id, array_agg(id ORDER BY id)) AS ids
           FROM commission_entry e
          WHERE kind IN ('accrual', 'reversal') AND deleted_at IS NULL AND line_item_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM sales_fact f WHERE f.line_item_id = e.line_item_id AND f.deleted_at IS NULL)
          GROUP BY line_item_id ORDER BY line_item_id`,
        (r) => `line ${r.line_item_id} (order ${r.order_id}) has commission in the ledger but no sales fact`
      ))
    )

    found.push(
      ...(await violations(
        db,
        `SELECT line_item_id, array_prepend(line_item_id, array_agg(id ORDER BY id)) AS ids, count(*)::int AS n
           FROM sales_fact WHERE deleted_at IS NULL GROUP BY line_item_id HAVING count(*) > 1 ORDER BY line_item_id`,
        (r) => `line ${r.line_item_id} has ${r.n} sales facts`
      ))
    )

    const checked = await count(db, `SELECT 1 FROM sales_fact WHERE deleted_at IS NULL`)
    return { checked, violations: found }
  },
}
