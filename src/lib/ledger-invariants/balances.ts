import { count, tableExists, violations } from "./sql"
import type { InvariantCheck, InvariantViolation } from "./types"

const TERMINAL = `('succeeded', 'failed', 'canceled')`

// Each entry's latest reservation: the payout that holds it (an entry released by a
// failed payout and reserved again belongs to the new one), as the commission service reads it.
const LATEST_RESERVATION = `
  SELECT DISTINCT ON (t.entry_id) t.entry_id, t.payout_id
    FROM commission_entry_transition t
   WHERE t.to_status = 'reserved' AND t.deleted_at IS NULL
   ORDER BY t.entry_id, t.created_at DESC, t.id DESC`

/**
 * Invariant 3: for every dealer and currency the balance by status is the sum
 * of its entries, and no money is both reserved by a payout and available.
 *
 * Balances are not stored but summed by the commission service (pending,
 * available, reserved, paid, paid_out); what can go wrong is the money
 * moving between the buckets, so this checks that:
 * - per dealer and currency, commission marked paid equals the payouts
 *   written (`paid` = `paid_out` in the service's balance);
 * - every entry's status is where its recorded status history last put it
 *   (an entry that never moved, the status it is written in);
 * - every reserved entry is held by a payout still in flight (its latest
 *   reservation's payout exists and is not settled);
 * - every entry held by a payout in flight is reserved (never available or
 *   paid), and the payout's amount is the sum of the entries it holds; a
 *   succeeded payout's amount is the sum of the entries it paid;
 * - every frozen monthly statement still adds up: opening and closing balance
 *   and totals by kind equal the sums of the entries before and inside its
 *   period.
 */
export const balances: InvariantCheck = {
  id: 3,
  name: "balances by status are sums of entries; no money both reserved and available",
  run: async (db) => {
    const found: InvariantViolation[] = []

    found.push(
      ...(await violations(
        db,
        `SELECT dealer_id, currency_code, ARRAY[dealer_id] AS ids,
                coalesce(sum(amount) FILTER (WHERE status = 'paid' AND kind <> 'payout'), 0)::text AS paid,
                coalesce(-sum(amount) FILTER (WHERE kind = 'payout'), 0)::text AS paid_out
           FROM commission_entry WHERE deleted_at IS NULL
          GROUP BY dealer_id, currency_code
         HAVING coalesce(sum(amount) FILTER (WHERE status = 'paid' AND kind <> 'payout'), 0)
                <> coalesce(-sum(amount) FILTER (WHERE kind = 'payout'), 0)
          ORDER BY dealer_id, currency_code`,
        (r) => `dealer ${r.dealer_id} (${r.currency_code}): ${r.paid} of commission is marked paid but payouts paid ${r.paid_out}`
      ))
    )

    found.push(
      ...(await violations(
        db,
        `WITH latest AS (
           SELECT DISTINCT ON (entry_id) entry_id, to_status, created_at
             FROM commission_entry_transition WHERE deleted_at IS NULL
            ORDER BY entry_id, created_at DESC, id DESC
         )
         SELECT e.id, e.status, l.to_status, ARRAY[e.id] AS ids
           FROM latest l JOIN commission_entry e ON e.id = l.entry_id AND e.deleted_at IS NULL
          WHERE e.status <> l.to_status
            -- two moves in one transaction share a timestamp: any of them may be the last
            AND NOT EXISTS (
              SELECT 1 FROM commission_entry_transition t
               WHERE t.entry_id = l.entry_id AND t.created_at = l.created_at
                 AND t.to_status = e.status AND t.deleted_at IS NULL)
          ORDER BY e.id`,
        (r) => `entry ${r.id} is ${r.status} but its last recorded move put it in ${r.to_status}`
      ))
    )

    // An entry that never moved is still in the status it was written in.
    found.push(
      ...(await violations(
        db,
        `SELECT e.id, e.kind, e.status, ARRAY[e.id] AS ids
           FROM commission_entry e
          WHERE e.deleted_at IS NULL
            AND NOT ((e.kind = 'accrual' AND e.status = 'pending')
                  OR (e.kind = 'reversal' AND e.status IN ('pending', 'available'))
                  OR (e.kind = 'adjustment' AND e.status = 'available')
                  OR (e.kind = 'payout' AND e.status = 'paid'))
            AND NOT EXISTS (SELECT 1 FROM commission_entry_transition t WHERE t.entry_id = e.id AND t.deleted_at IS NULL)
          ORDER BY e.id`,
        (r) => `${r.kind} ${r.id} is ${r.status} but no move was ever recorded for it`
      ))
    )

    let payoutsChecked = 0
    if (await tableExists(db, "payout")) {
      found.push(
        ...(await violations(
          db,
          `WITH latest AS (${LATEST_RESERVATION})
           SELECT e.id, l.payout_id, p.status AS payout_status, p.ledger_synced_at IS NOT NULL AS synced,
                  CASE WHEN l.payout_id IS NULL THEN ARRAY[e.id] ELSE ARRAY[e.id, l.payout_id] END AS ids
             FROM commission_entry e
             LEFT JOIN latest l ON l.entry_id = e.id
             LEFT JOIN payout p ON p.id = l.payout_id AND p.deleted_at IS NULL
            WHERE e.status = 'reserved' AND e.deleted_at IS NULL
              AND (l.payout_id IS NULL OR p.id IS NULL OR p.status IN ${TERMINAL})
            ORDER BY e.id`,
          (r) =>
            !r.payout_id
              ? `entry ${r.id} is reserved but no payout reserved it`
              : !r.payout_status
                ? `entry ${r.id} is reserved by payout ${r.payout_id}, which does not exist`
                : `entry ${r.id} is still reserved by payout ${r.payout_id}, which is ${r.payout_status}${r.synced ? "" : " and its ledger was never synced"}`
        ))
      )

      found.push(
        ...(await violations(
          db,
          `WITH latest AS (${LATEST_RESERVATION})
           SELECT e.id, e.status, p.id AS payout_id, p.status AS payout_status, ARRAY[p.id, e.id] AS ids
             FROM payout p
             JOIN latest l ON l.payout_id = p.id
             JOIN commission_entry e ON e.id = l.entry_id AND e.deleted_at IS NULL
            WHERE p.deleted_at IS NULL
              AND ((p.status NOT IN ${TERMINAL} AND e.status <> 'reserved')
                OR (p.status = 'succeeded' AND p.ledger_synced_at IS NOT NULL AND e.status <> 'paid'))
            ORDER BY p.id, e.id`,
          (r) => `entry ${r.id} is held by payout ${r.payout_id} (${r.payout_status}) but is ${r.status}`
        ))
      )

      found.push(
        ...(await violations(
          db,
          `WITH latest AS (${LATEST_RESERVATION}),
           held AS (
             SELECT l.payout_id, sum(e.amount) AS amount
               FROM latest l JOIN commission_entry e ON e.id = l.entry_id AND e.deleted_at IS NULL
              WHERE e.status = 'reserved'
              GROUP BY l.payout_id
           ), paid AS (
             SELECT t.payout_id, sum(e.amount) AS amount
               FROM commission_entry_transition t
               JOIN commission_entry e ON e.id = t.entry_id AND e.deleted_at IS NULL
              WHERE t.to_status = 'paid' AND t.payout_id IS NOT NULL AND t.deleted_at IS NULL
              GROUP BY t.payout_id
           )
           SELECT p.id, p.status, p.amount::text AS amount, ARRAY[p.id] AS ids,
                  coalesce(CASE WHEN p.status = 'succeeded' THEN paid.amount ELSE held.amount END, 0)::text AS entries
             FROM payout p
             LEFT JOIN held ON held.payout_id = p.id
             LEFT JOIN paid ON paid.payout_id = p.id
            WHERE p.deleted_at IS NULL
              AND ((p.status NOT IN ${TERMINAL} AND coalesce(held.amount, 0) <> p.amount)
                OR (p.status = 'succeeded' AND p.ledger_synced_at IS NOT NULL AND coalesce(paid.amount, 0) <> p.amount))
            ORDER BY p.id`,
          (r) =>
            r.status === "succeeded"
              ? `payout ${r.id} paid ${r.amount} but the entries it settled add up to ${r.entries}`
              : `payout ${r.id} (${r.status}) is for ${r.amount} but the entries it holds add up to ${r.entries}`
        ))
      )
      payoutsChecked = await count(db, `SELECT 1 FROM payout WHERE deleted_at IS NULL`)
    }

    let statementsChecked = 0
    if (await tableExists(db, "commission_statement")) {
      found.push(
        ...(await violations(
          db,
          `SELECT s.id, s.dealer_id, s.currency_code, s.period, ARRAY[s.id, s.dealer_id] AS ids,
                  s.opening_balance::text AS opening, s.closing_balance::text AS closing, s.entry_count,
                  x.opening::text AS x_opening, x.closing::text AS x_closing, x.entry_count AS x_count
             FROM commission_statement s
             CROSS JOIN LATERAL (
               SELECT coalesce(sum(e.amount) FILTER (WHERE e.created_at < s.period_start), 0) AS opening,
                      coalesce(sum(e.amount), 0) AS closing,
                      count(*) FILTER (WHERE e.created_at >= s.period_start)::int AS entry_count,
                      coalesce(sum(e.amount) FILTER (WHERE e.created_at >= s.period_start AND e.kind = 'accrual'), 0) AS accrual,
                      coalesce(sum(e.amount) FILTER (WHERE e.created_at >= s.period_start AND e.kind = 'reversal'), 0) AS reversal,
                      coalesce(sum(e.amount) FILTER (WHERE e.created_at >= s.period_start AND e.kind = 'adjustment'), 0) AS adjustment,
                      coalesce(sum(e.amount) FILTER (WHERE e.created_at >= s.period_start AND e.kind = 'payout'), 0) AS payout
                 FROM commission_entry e
                WHERE e.dealer_id = s.dealer_id AND e.currency_code = s.currency_code
                  AND e.created_at < s.period_end AND e.deleted_at IS NULL
             ) x
            WHERE s.deleted_at IS NULL
              AND (s.opening_balance <> x.opening OR s.closing_balance <> x.closing OR s.entry_count <> x.entry_count
                OR coalesce((s.totals->'by_kind'->>'accrual')::numeric, 0) <> x.accrual
                OR coalesce((s.totals->'by_kind'->>'reversal')::numeric, 0) <> x.reversal
                OR coalesce((s.totals->'by_kind'->>'adjustment')::numeric, 0) <> x.adjustment
                OR coalesce((s.totals->'by_kind'->>'payout')::numeric, 0) <> x.payout)
            ORDER BY s.dealer_id, s.currency_code, s.period`,
          (r) =>
            `statement ${r.id} (dealer ${r.dealer_id}, ${r.currency_code}, ${r.period}) says opening ${r.opening}, closing ${r.closing}, ${r.entry_count} entries;` +
            ` the ledger says ${r.x_opening}, ${r.x_closing}, ${r.x_count} (or its totals by kind differ)`
        ))
      )
      statementsChecked = await count(db, `SELECT 1 FROM commission_statement WHERE deleted_at IS NULL`)
    }

    const balancesChecked = await count(
      db,
      `SELECT 1 FROM commission_entry WHERE deleted_at IS NULL GROUP BY dealer_id, currency_code`
    )
    return { checked: balancesChecked + payoutsChecked + statementsChecked, violations: found }
  },
}
