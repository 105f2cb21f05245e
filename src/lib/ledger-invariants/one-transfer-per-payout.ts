import { count, tableExists, violations } from "./sql"
import type { InvariantCheck, InvariantViolation } from "./types"

/**
 * Invariant 4: every successful payout corresponds to exactly one provider
 * transfer, and no transfer id is used twice.
 *
 * - a payout's request number (`out_bill_no`, what the provider dedupes on)
 *   is its own id without separators, and no two payouts share one (deleted
 *   rows included);
 * - no two payouts share a provider reference (the provider's transfer id);
 * - a retry follows a payout that failed or was canceled, and no payout is
 *   retried twice — so a chain of retries pays at most once;
 * - a succeeded payout whose ledger is synced has exactly one `payout` ledger
 *   entry, of minus its amount, for its dealer and currency; no other payout
 *   has one, and every `payout` entry belongs to a succeeded payout.
 */
export const oneTransferPerPayout: InvariantCheck = {
  id: 4,
  name: "one provider transfer per successful payout; no transfer id used twice",
  run: async (db) => {
    if (!(await tableExists(db, "payout"))) {
      return { checked: 0, violations: [], skipped: "no payout table" }
    }
    const found: InvariantViolation[] = []

    found.push(
      ...(await violations(
        db,
        `SELECT out_bill_no, array_agg(id ORDER BY id) AS ids, count(*)::int AS n
           FROM payout GROUP BY out_bill_no HAVING count(*) > 1 ORDER BY out_bill_no`,
        (r) => `request number ${r.out_bill_no} is used by ${r.n} payouts`
      ))
    )
    found.push(
      ...(await violations(
        db,
        `SELECT id, out_bill_no, ARRAY[id] AS ids FROM payout
          WHERE out_bill_no <> regexp_replace(id, '[^A-Za-z0-9]', '', 'g') ORDER BY id`,
        (r) => `payout ${r.id} is sent under request number ${r.out_bill_no}, not its own id`
      ))
    )
    found.push(
      ...(await violations(
        db,
        `SELECT provider_id, provider_reference, array_agg(id ORDER BY id) AS ids, count(*)::int AS n
           FROM payout WHERE provider_reference IS NOT NULL AND provider_reference <> ''
          GROUP BY provider_id, provider_reference HAVING count(*) > 1
          ORDER BY provider_id, provider_reference`,
        (r) => `transfer ${r.provider_reference} (${r.provider_id}) is claimed by ${r.n} payouts`
      ))
    )
    found.push(
      ...(await violations(
        db,
        `SELECT p.id, p.retry_of_id, o.status AS original_status, ARRAY[p.id, p.retry_of_id] AS ids
           FROM payout p LEFT JOIN payout o ON o.id = p.retry_of_id
          WHERE p.retry_of_id IS NOT NULL AND p.deleted_at IS NULL
            AND (o.id IS NULL OR o.status NOT IN ('failed', 'canceled'))
          ORDER BY p.id`,
        (r) =>
          r.original_status
            ? `payout ${r.id} retries ${r.retry_of_id}, which is ${r.original_status} (not failed or canceled)`
            : `payout ${r.id} retries ${r.retry_of_id}, which does not exist`
      ))
    )
    found.push(
      ...(await violations(
        db,
        `SELECT retry_of_id, array_prepend(retry_of_id, array_agg(id ORDER BY id)) AS ids, count(*)::int AS n
           FROM payout WHERE retry_of_id IS NOT NULL AND deleted_at IS NULL
          GROUP BY retry_of_id HAVING count(*) > 1 ORDER BY retry_of_id`,
        (r) => `payout ${r.retry_of_id} is retried ${r.n} times`
      ))
    )

    // The ledger side of a settled payout: one `payout` entry per succeeded payout, of the right money.
    found.push(
      ...(await violations(
        db,
        `WITH entries AS (
           SELECT payout_id, count(*)::int AS n, sum(amount) AS amount,
                  array_agg(id ORDER BY id) AS entry_ids,
                  array_agg(DISTINCT dealer_id) AS dealers, array_agg(DISTINCT currency_code) AS currencies
             FROM commission_entry WHERE kind = 'payout' AND deleted_at IS NULL AND payout_id IS NOT NULL
            GROUP BY payout_id
         )
         SELECT p.id, p.status, p.amount::text AS amount, coalesce(x.n, 0) AS n, x.amount::text AS entry_amount,
                array_cat(ARRAY[p.id], coalesce(x.entry_ids, '{}'::text[])) AS ids
           FROM payout p LEFT JOIN entries x ON x.payout_id = p.id
          WHERE p.deleted_at IS NULL AND (
                (p.status = 'succeeded' AND p.ledger_synced_at IS NOT NULL
                   AND (coalesce(x.n, 0) <> 1 OR x.amount <> -p.amount
                        OR x.dealers <> ARRAY[p.dealer_id] OR x.currencies <> ARRAY[p.currency_code]))
             OR (p.status <> 'succeeded' AND x.n IS NOT NULL))
          ORDER BY p.id`,
        (r) =>
          r.status !== "succeeded"
            ? `payout ${r.id} is ${r.status} but the ledger records it as paid out`
            : Number(r.n) !== 1
              ? `payout ${r.id} succeeded and has ${r.n} payout entries in the ledger`
              : `payout ${r.id} paid ${r.amount} but its ledger entry says ${r.entry_amount} (or another dealer or currency)`
      ))
    )
    found.push(
      ...(await violations(
        db,
        `SELECT e.id, e.payout_id, ARRAY[e.id] AS ids FROM commission_entry e
          WHERE e.kind = 'payout' AND e.deleted_at IS NULL
            AND (e.payout_id IS NULL OR NOT EXISTS (SELECT 1 FROM payout p WHERE p.id = e.payout_id AND p.deleted_at IS NULL))
          ORDER BY e.id`,
        (r) => (r.payout_id ? `payout entry ${r.id} belongs to payout ${r.payout_id}, which does not exist` : `payout entry ${r.id} names no payout`)
      ))
    )

    const checked = await count(db, `SELECT 1 FROM payout`)
    return { checked, violations: found }
  },
}
