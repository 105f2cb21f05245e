// Bulk data for the ledger-reads benchmark, written with SQL (generate_series)
// because the benchmark measures reads, not writes. The rows are what the
// plugin writes: distribution_dealer rows like the distribution module's
// (tier, customer, materialized path, depth) and commission_entry rows like
// ledger-rows.ts inserts (signed amounts per kind, raw_amount / raw_base /
// raw_rate JSON {"value","precision":20}, unique idempotency keys, the
// columns each kind fills).
//
// Deterministic: PostgreSQL's random() is seeded with setseed() from the
// benchmark's seeded generator, and the insert runs in one session (INSERT …
// SELECT never runs in parallel), so a seed makes the same ledger every time.
import pg from "pg"
import { seededRandom } from "../lib/report.mjs"

/** The 12 months of ledger (UTC instants); statements ask for months inside it. */
export const LEDGER_FROM = "2025-11-01T00:00:00Z"
export const LEDGER_TO = "2026-11-01T00:00:00Z"
/** The dealer that holds WHALE_SHARE of all entries (the "many entries" CSV export). */
export const WHALE_ID = "dlr_bench_whale"
export const WHALE_SHARE = 0.05

const dealerId = (expr) => `CASE WHEN ${expr} = 0 THEN '${WHALE_ID}' ELSE 'dlr_bench_' || lpad((${expr})::text, 6, '0') END`

/**
 * Loads `dealers` dealers and `entries` ledger entries into the migrated
 * database at `url`, then VACUUM ANALYZE (statistics and the visibility map
 * an index-only scan needs). Returns the timings of each step.
 */
export async function loadLedger(url, { dealers, entries, seed = 42 }) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const timings = {}
  const step = async (name, sql, params) => {
    const start = Date.now()
    await client.query(sql, params)
    timings[name] = (Date.now() - start) / 1000
  }
  try {
    await client.query("SELECT setseed($1)", [seededRandom(seed)() * 2 - 1])
    await step(
      "tier",
      `INSERT INTO distribution_dealer_tier (id, code, name_en, name_zh, rank)
       VALUES ('dtier_bench', 'bench', 'Bench', '基准', 1)`
    )
    // Dealer 0 is the whale; dealers 1..99 sit under the producer, the others
    // one level below (path = upline ids then the dealer's own, each with "/").
    await step(
      "dealers",
      `INSERT INTO distribution_dealer
         (id, code, display_name, company_name, phone, email, status, customer_id, path, depth, tier_id, parent_id, created_at)
       SELECT d.id, 'D' || lpad(i::text, 6, '0'), 'Dealer ' || i, 'Company ' || i,
              '+86138' || lpad(i::text, 8, '0'), 'dealer' || i || '@bench.test',
              CASE WHEN i % 50 = 49 THEN 'suspended' ELSE 'active' END,
              'cus_bench_' || lpad(i::text, 6, '0'),
              CASE WHEN i < 100 THEN d.id || '/' ELSE p.id || '/' || d.id || '/' END,
              CASE WHEN i < 100 THEN 1 ELSE 2 END,
              'dtier_bench',
              CASE WHEN i < 100 THEN NULL ELSE p.id END,
              timestamptz '${LEDGER_FROM}' - interval '30 days'
         FROM generate_series(0, $1::int - 1) AS i,
              LATERAL (SELECT ${dealerId("i")} AS id) d,
              LATERAL (SELECT ${dealerId("i % 100")} AS id) p`,
      [dealers]
    )
    // Rows go in in time order, as an append-only ledger grows (ids too, like
    // ULIDs): entry g's time lies in the g-th of `entries` equal slots of
    // the 12 months. Each entry: a dealer (WHALE_SHARE to the whale, the rest skewed so
    // low-numbered dealers earn more: idx = 1 + (dealers-1)·u²), a time in
    // the 12 months, a kind (accrual 85%, reversal 5%, adjustment 4%, payout
    // 6%), a status that depends on age (old entries are paid, recent ones
    // pending), an amount signed as the table's check requires.
    await step(
      "entries",
      `INSERT INTO commission_entry
         (id, idempotency_key, dealer_id, kind, status, amount, raw_amount, currency_code,
          order_id, order_display_id, line_item_id, product_title, level,
          base, raw_base, rate, raw_rate, rule_id, rule_type,
          reverses_entry_id, payout_id, reason, created_by, created_at, updated_at)
       SELECT 'cment_01' || lpad(upper(to_hex(g)), 24, '0'),
              CASE k.kind
                WHEN 'accrual' THEN 'accrual:ord_bench_' || (g / 3) || ':li_' || g || ':' || k.level
                WHEN 'reversal' THEN 'reversal:ret_bench_' || g
                WHEN 'adjustment' THEN 'adjustment:adj_bench_' || g
                ELSE 'payout:po_bench_' || g END,
              ${dealerId("r.d")},
              k.kind, s.status, a.amount, jsonb_build_object('value', a.amount::text, 'precision', 20), 'cny',
              CASE WHEN k.kind IN ('accrual', 'reversal') THEN 'order_bench_' || (g / 3) END,
              CASE WHEN k.kind IN ('accrual', 'reversal') THEN (g / 3 + 1)::int END,
              CASE WHEN k.kind IN ('accrual', 'reversal') THEN 'ordli_bench_' || g END,
              CASE WHEN k.kind IN ('accrual', 'reversal') THEN 'Product ' || (g % 500) END,
              k.level,
              a.base, CASE WHEN a.base IS NOT NULL THEN jsonb_build_object('value', a.base::text, 'precision', 20) END,
              a.rate, CASE WHEN a.rate IS NOT NULL THEN jsonb_build_object('value', a.rate::text, 'precision', 20) END,
              CASE WHEN k.kind = 'accrual' THEN 'crule_bench_' || k.level END,
              CASE WHEN k.kind = 'accrual' THEN 'percentage' END,
              CASE WHEN k.kind = 'reversal' THEN 'cment_01' || lpad(upper(to_hex(greatest(g - 7, 1))), 24, '0') END,
              CASE WHEN k.kind = 'payout' THEN 'po_bench_' || g END,
              CASE k.kind WHEN 'reversal' THEN 'return' WHEN 'adjustment' THEN 'manual correction' WHEN 'payout' THEN 'payout' END,
              CASE WHEN k.kind = 'adjustment' THEN 'user_bench_admin' END,
              r.at, r.at
         FROM generate_series(1, $1::int) AS g,
              LATERAL (SELECT random() AS u_dealer, random() AS u_kind,
                              random() AS u_status, random() AS u_amount, random() AS u_level,
                              (g - 1 + random()) / $1::float8 AS t) u,
              LATERAL (SELECT CASE WHEN u.u_dealer < $3 THEN 0
                                   ELSE 1 + floor(($2::int - 2) * power((u.u_dealer - $3) / (1 - $3), 2))::int END AS d,
                              timestamptz '${LEDGER_FROM}' + (timestamptz '${LEDGER_TO}' - timestamptz '${LEDGER_FROM}') * u.t AS at) r,
              LATERAL (SELECT CASE WHEN u.u_kind < 0.85 THEN 'accrual' WHEN u.u_kind < 0.90 THEN 'reversal'
                                   WHEN u.u_kind < 0.94 THEN 'adjustment' ELSE 'payout' END AS kind,
                              CASE WHEN u.u_kind < 0.90 THEN 1 + floor(u.u_level * 3)::int END AS level) k,
              LATERAL (SELECT CASE
                         WHEN k.kind = 'payout' THEN 'paid'
                         WHEN u.t > 0.95 THEN CASE WHEN u.u_status < 0.8 THEN 'pending' ELSE 'available' END
                         WHEN u.t > 0.85 THEN CASE WHEN u.u_status < 0.2 THEN 'pending' WHEN u.u_status < 0.8 THEN 'available' ELSE 'reserved' END
                         ELSE CASE WHEN u.u_status < 0.1 THEN 'available' ELSE 'paid' END END AS status) s,
              LATERAL (SELECT round((20 + u.u_amount * 980)::numeric, 2) AS base,
                              (ARRAY[0.05, 0.03, 0.01])[coalesce(k.level, 1)]::numeric AS rate0) b,
              LATERAL (SELECT CASE k.kind
                                WHEN 'accrual' THEN greatest(round(b.base * b.rate0, 2), 0.01)
                                WHEN 'reversal' THEN -greatest(round(b.base * b.rate0, 2), 0.01)
                                WHEN 'adjustment' THEN CASE WHEN u.u_status < 0.7 THEN 1 ELSE -1 END * round((1 + u.u_amount * 99)::numeric, 2)
                                ELSE -round((100 + u.u_amount * 4900)::numeric, 2) END AS amount,
                              CASE WHEN k.kind IN ('accrual', 'reversal') THEN b.base END AS base,
                              CASE WHEN k.kind IN ('accrual', 'reversal') THEN b.rate0 END AS rate) a`,
      [entries, dealers, WHALE_SHARE]
    )
    await step("vacuum_analyze", "VACUUM ANALYZE distribution_dealer, commission_entry")
    return timings
  } finally {
    await client.end()
  }
}
