// Bulk data for the report-latency benchmark, written with SQL
// (generate_series) because the benchmark measures reads: the dealers and
// ledger of bench/ledger-reads/generate.mjs (10,000 dealers, their commission
// entries), three tiers, 100,000 customers, four regions, twenty product
// categories, and the sales fact rows the reporting module writes — one per
// order line, two lines per order on average, placed over the same twelve
// months as the ledger, 80 % attributed to a dealer (low-numbered dealers
// sell more), 5 % returned or refunded in part, 2 % canceled, 2 % in USD.
//
// Deterministic: random() is seeded with setseed() and every insert runs in
// one session (INSERT … SELECT never runs in parallel).
import pg from "pg"
import { seededRandom } from "../lib/report.mjs"
import { LEDGER_FROM, LEDGER_TO, loadLedger } from "../ledger-reads/generate.mjs"

export { LEDGER_FROM, LEDGER_TO }

const dealerId = (expr) => `CASE WHEN ${expr} = 0 THEN 'dlr_bench_whale' ELSE 'dlr_bench_' || lpad((${expr})::text, 6, '0') END`

// Order-level draws (customer, dealer, region, fate) are the same for both lines of an order:
// a seeded hash of the order number, uniform in [0, 1).
const orderUniform = (n, k) =>
  `((hashint8extended((${n})::bigint, ${k} + $4::bigint) & 9223372036854775807)::float8 / 9223372036854775808.0)`

export async function loadStore(url, { dealers, customers, facts, entries, seed = 42 }) {
  const timings = await loadLedger(url, { dealers, entries, seed })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const step = async (name, sql, params) => {
    const start = Date.now()
    await client.query(sql, params)
    timings[name] = (Date.now() - start) / 1000
  }
  try {
    await client.query("SELECT setseed($1)", [seededRandom(seed + 1)() * 2 - 1])
    await step(
      "tiers",
      `INSERT INTO distribution_dealer_tier (id, code, name_en, name_zh, rank)
       VALUES ('dtier_bench_2', 'T2', 'Tier 2', '二级', 2), ('dtier_bench_3', 'T3', 'Tier 3', '三级', 3);
       UPDATE distribution_dealer SET tier_id = CASE WHEN depth = 1 THEN 'dtier_bench'
                                                     WHEN id::text < 'dlr_bench_005' THEN 'dtier_bench_2' ELSE 'dtier_bench_3' END`
    )
    await step(
      "customers",
      `INSERT INTO customer (id, email, first_name, last_name, has_account, created_at)
       SELECT 'cus_bench_c' || lpad(i::text, 7, '0'), 'c' || i || '@bench.test', 'C' || i, 'Bench', true,
              timestamptz '${LEDGER_FROM}' - interval '60 days'
         FROM generate_series(1, $1::int) AS i`,
      [customers]
    )
    await step(
      "regions_categories",
      `INSERT INTO region (id, name, currency_code) VALUES
         ('reg_bench_east', 'East China', 'cny'), ('reg_bench_south', 'South China', 'cny'),
         ('reg_bench_north', 'North China', 'cny'), ('reg_bench_us', 'United States', 'usd');
       INSERT INTO product_category (id, name, handle, mpath, is_active, rank)
       SELECT 'pcat_bench_' || i, 'Category ' || i, 'category-' || i, 'pcat_bench_' || i, true, i
         FROM generate_series(1, 20) AS i`
    )
    // Fact g is line (g % 2) of order g / 2; its order's time lies in the order's slot
    // of the twelve months, so rows go in in time order as a live store appends them.
    await step(
      "sales_facts",
      `INSERT INTO sales_fact
         (id, order_id, line_item_id, order_display_id, placed_at, customer_id, dealer_id, dealer_tier_id,
          upline_dealer_ids, product_id, variant_id, sku, product_title, collection_id, category_ids,
          region_id, country_code, sales_channel_id, currency_code, quantity, returned_quantity,
          net_amount, raw_net_amount, refunded_amount, raw_refunded_amount, commission_amount, raw_commission_amount,
          canceled, created_at, updated_at)
       SELECT 'sfact_' || lpad(g::text, 10, '0'), 'order_bench_' || o.n, 'ordli_bench_' || g, o.n::int, o.at,
              'cus_bench_c' || lpad((1 + floor(o.u_customer * ($2::int - 1)))::int::text, 7, '0'),
              d.id, d.tier_id, d.upline,
              'prod_bench_' || p.n, 'variant_bench_' || p.n, 'SKU-' || p.n, 'Product ' || p.n,
              'pcol_bench_' || (p.n % 10),
              CASE WHEN p.n % 7 = 0 THEN '{}'::text[]
                   WHEN p.n % 3 = 0 THEN ARRAY['pcat_bench_' || (1 + p.n % 20), 'pcat_bench_' || (1 + (p.n + 7) % 20)]
                   ELSE ARRAY['pcat_bench_' || (1 + p.n % 20)] END,
              o.region, CASE WHEN o.region = 'reg_bench_us' THEN 'us' ELSE 'cn' END, 'sc_bench_web',
              CASE WHEN o.region = 'reg_bench_us' THEN 'usd' ELSE 'cny' END,
              a.quantity, a.returned, a.net, jsonb_build_object('value', a.net::text, 'precision', 20),
              a.refunded, jsonb_build_object('value', a.refunded::text, 'precision', 20),
              a.commission, jsonb_build_object('value', a.commission::text, 'precision', 20),
              o.canceled, o.at, o.at
         FROM generate_series(1, $1::int) AS g,
              LATERAL (SELECT g / 2 AS n, ${orderUniform("g / 2", 1)} AS u_customer, ${orderUniform("g / 2", 2)} AS u_dealer,
                              ${orderUniform("g / 2", 3)} AS u_region, ${orderUniform("g / 2", 4)} AS u_fate,
                              random() AS u_product, random() AS u_qty, random() AS u_price) u,
              LATERAL (SELECT u.n AS n, u.u_customer,
                              timestamptz '${LEDGER_FROM}' + (timestamptz '${LEDGER_TO}' - timestamptz '${LEDGER_FROM}') * ((u.n + 0.5) / ($1::float8 / 2 + 1)) AS at,
                              CASE WHEN u.u_region < 0.02 THEN 'reg_bench_us' WHEN u.u_region < 0.5 THEN 'reg_bench_east'
                                   WHEN u.u_region < 0.8 THEN 'reg_bench_south' ELSE 'reg_bench_north' END AS region,
                              u.u_fate < 0.02 AS canceled) o,
              LATERAL (SELECT 1 + floor(499 * power(u.u_product, 2))::int AS n) p,
              LATERAL (SELECT CASE WHEN u.u_dealer < 0.2 THEN NULL
                                   ELSE 1 + floor(($3::int - 2) * power((u.u_dealer - 0.2) / 0.8, 2))::int END AS i) di,
              LATERAL (SELECT CASE WHEN di.i IS NULL THEN NULL ELSE ${dealerId("di.i")} END AS id,
                              CASE WHEN di.i IS NULL THEN NULL WHEN di.i < 100 THEN 'dtier_bench'
                                   WHEN ${dealerId("di.i")} < 'dlr_bench_005' THEN 'dtier_bench_2' ELSE 'dtier_bench_3' END AS tier_id,
                              CASE WHEN di.i IS NULL OR di.i < 100 THEN '{}'::text[] ELSE ARRAY[${dealerId("di.i % 100")}] END AS upline) d,
              LATERAL (SELECT 1 + floor(u.u_qty * u.u_qty * 5)::int AS quantity,
                              round((20 + u.u_price * 480)::numeric, 2) AS price) q,
              LATERAL (SELECT q.quantity,
                              CASE WHEN NOT o.canceled AND u.u_fate > 0.97 THEN greatest(1, q.quantity / 2) ELSE 0 END AS returned,
                              q.price * q.quantity AS net) b,
              LATERAL (SELECT b.quantity, b.returned, b.net,
                              CASE WHEN o.canceled THEN b.net
                                   WHEN b.returned > 0 THEN round(b.net * b.returned / b.quantity, 2)
                                   WHEN u.u_fate > 0.95 THEN round(b.net * 0.1, 2) ELSE 0 END AS refunded,
                              CASE WHEN d.id IS NULL OR o.canceled THEN 0
                                   ELSE round(b.net * 0.15 * (1 - CASE WHEN b.returned > 0 THEN b.returned::numeric / b.quantity
                                                                        WHEN u.u_fate > 0.95 THEN 0.1 ELSE 0 END), 2) END AS commission) a`,
      [facts, customers, dealers, seed]
    )
    await step("vacuum_analyze", "VACUUM ANALYZE sales_fact, customer, region, product_category, distribution_dealer")
    return timings
  } finally {
    await client.end()
  }
}
