import { count, tableExists, violations } from "./sql"
import type { InvariantCheck, InvariantViolation } from "./types"

/**
 * Invariant 1: every attributed order has exactly one attribution, and every
 * order line × earning level has at most one accrual.
 *
 * - no order has two live attributions;
 * - every order with a split (commission_order) or an accrual has exactly one
 *   attribution, with a dealer, commissionable, and the split was made for
 *   that dealer along that frozen chain;
 * - no order has two splits;
 * - every accrual names its order, line and level, and its order has a split;
 * - no (line, level) has two accruals.
 */
export const oneAttributionOneAccrual: InvariantCheck = {
  id: 1,
  name: "one attribution per attributed order, at most one accrual per order line × level",
  run: async (db) => {
    const found: InvariantViolation[] = []
    const hasAttributions = await tableExists(db, "distribution_order_attribution")

    if (hasAttributions) {
      found.push(
        ...(await violations(
          db,
          `SELECT order_id, array_prepend(order_id, array_agg(id ORDER BY id)) AS ids, count(*)::int AS n
             FROM distribution_order_attribution WHERE deleted_at IS NULL
            GROUP BY order_id HAVING count(*) > 1 ORDER BY order_id`,
          (r) => `order ${r.order_id} has ${r.n} attributions`
        ))
      )
    }

    found.push(
      ...(await violations(
        db,
        `SELECT order_id, array_prepend(order_id, array_agg(id ORDER BY id)) AS ids, count(*)::int AS n
           FROM commission_order WHERE deleted_at IS NULL
          GROUP BY order_id HAVING count(*) > 1 ORDER BY order_id`,
        (r) => `order ${r.order_id} has ${r.n} commission splits`
      ))
    )

    if (hasAttributions) {
      // Orders that earned commission: those with a split (an accrual without one is named below).
      found.push(
        ...(await violations(
          db,
          `WITH earning AS (
             SELECT DISTINCT order_id FROM commission_order WHERE deleted_at IS NULL
           ), attributed AS (
             SELECT a.order_id, count(*)::int AS n,
                    bool_and(a.dealer_id IS NOT NULL AND a.commissionable) AS earns,
                    array_agg(a.id ORDER BY a.id) AS attribution_ids
               FROM distribution_order_attribution a JOIN earning e ON e.order_id = a.order_id
              WHERE a.deleted_at IS NULL
              GROUP BY a.order_id
           )
           SELECT e.order_id, coalesce(t.n, 0) AS n, t.earns,
                  array_cat(ARRAY[e.order_id], coalesce(t.attribution_ids, '{}'::text[])) AS ids
             FROM earning e LEFT JOIN attributed t ON t.order_id = e.order_id
            WHERE t.order_id IS NULL OR NOT t.earns
            ORDER BY e.order_id`,
          (r) =>
            Number(r.n) === 0
              ? `order ${r.order_id} earned commission but has no attribution`
              : `order ${r.order_id} earned commission but its attribution has no dealer or is not commissionable`
        ))
      )

      // The split follows the attribution: same dealer, same frozen chain (level order).
      found.push(
        ...(await violations(
          db,
          `SELECT o.order_id, ARRAY[o.order_id, o.id, a.id] AS ids, o.dealer_id AS split_dealer, a.dealer_id AS attributed_dealer,
                  o.chain_dealer_ids::text AS split_chain, chain.ids::text AS attributed_chain
             FROM commission_order o
             JOIN distribution_order_attribution a ON a.order_id = o.order_id AND a.deleted_at IS NULL
             CROSS JOIN LATERAL (
               SELECT coalesce(array_agg(m->>'dealer_id' ORDER BY (m->>'level')::int), '{}'::text[]) AS ids
                 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a.chain) = 'array' THEN a.chain ELSE '[]'::jsonb END) AS m
             ) chain
            WHERE o.deleted_at IS NULL
              AND (o.dealer_id IS DISTINCT FROM a.dealer_id OR o.chain_dealer_ids IS DISTINCT FROM chain.ids)
            ORDER BY o.order_id`,
          (r) =>
            r.split_dealer !== r.attributed_dealer
              ? `order ${r.order_id} was split for dealer ${r.split_dealer} but is attributed to ${r.attributed_dealer}`
              : `order ${r.order_id} was split along chain ${r.split_chain} but its frozen chain is ${r.attributed_chain}`
        ))
      )
    }

    found.push(
      ...(await violations(
        db,
        `SELECT e.id, ARRAY[e.id] AS ids, e.order_id FROM commission_entry e
          WHERE e.kind = 'accrual' AND e.deleted_at IS NULL
            AND (e.order_id IS NULL OR e.line_item_id IS NULL OR e.level IS NULL
                 OR NOT EXISTS (SELECT 1 FROM commission_order o WHERE o.order_id = e.order_id AND o.deleted_at IS NULL))
          ORDER BY e.id`,
        (r) =>
          r.order_id
            ? `accrual ${r.id} has no line or level, or its order ${r.order_id} has no commission split`
            : `accrual ${r.id} names no order`
      ))
    )

    found.push(
      ...(await violations(
        db,
        `SELECT line_item_id, level, array_agg(id ORDER BY id) AS ids, count(*)::int AS n
           FROM commission_entry
          WHERE kind = 'accrual' AND deleted_at IS NULL AND line_item_id IS NOT NULL AND level IS NOT NULL
          GROUP BY line_item_id, level HAVING count(*) > 1
          ORDER BY line_item_id, level`,
        (r) => `line ${r.line_item_id} has ${r.n} accruals at level ${r.level}`
      ))
    )

    const checked =
      (await count(db, `SELECT 1 FROM commission_entry WHERE kind = 'accrual' AND deleted_at IS NULL`)) +
      (hasAttributions ? await count(db, `SELECT 1 FROM distribution_order_attribution WHERE deleted_at IS NULL`) : 0)
    return { checked, violations: found }
  },
}
