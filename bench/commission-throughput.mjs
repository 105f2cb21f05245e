#!/usr/bin/env node
// Commission throughput (issue #9): orders per second accrued by the real
// workflows from a backlog of placed orders with 3-level chains — the backlog
// drain (accrueOrderBacklog → accrueOrderBatchWorkflow, batches of
// --batch-orders) and, on the first --per-order orders, the order.placed
// subscriber, and side by side the per-order workflows it ran before
// (attributeOrderWorkflow + accrueOrderCommissionWorkflow) — against the same rows written by plain
// multi-row INSERTs; and a hot-dealer variant (every chain under one top
// dealer) against the spread-out one. The work runs inside Medusa:
// bench/commission-throughput/run.ts.
//
//   npm run bench:commission [-- --orders 10000 --batch-orders 500 --drain-concurrency 2 --per-order 1000 --ab-rounds 2 --concurrency 4
//        --seed 9 --tops 20 --batch 1000 --profile 200 --order-workflow --sql --cpu-profile FILE --keep]
// Default 1,000 orders (~4–5 min on 2 cores); --orders 10000 is the issue's size.
import { readFileSync, rmSync } from "node:fs"
import { freshDatabase, medusa } from "./lib/database.mjs"
import { machineInfo, printReport } from "./lib/report.mjs"

const argv = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? Number(argv[i + 1]) : fallback
}
const args = {
  orders: flag("orders", 1000),
  concurrency: flag("concurrency", 4),
  seed: flag("seed", 9),
  spread_tops: flag("tops", 20),
  batch: flag("batch", 1000),
  profile: flag("profile", 200),
  batch_orders: flag("batch-orders", 500),
  drain_concurrency: flag("drain-concurrency", 2),
  per_order: flag("per-order", 1000),
  ab_rounds: flag("ab-rounds", 2),
  order_workflow: argv.includes("--order-workflow"),
  cpu_profile: argv.includes("--cpu-profile") ? argv[argv.indexOf("--cpu-profile") + 1] : "",
  out: `/tmp/bench-commission-${process.pid}.json`,
}
const keep = argv.includes("--keep")

const started = Date.now()
const db = await freshDatabase("commission")
const machine = machineInfo(db.url)
let result
try {
  // No REDIS_URL: in-process workflow engine, event bus and locks, as `medusa exec` runs them.
  const env = { DATABASE_URL: db.url, REDIS_URL: "", LOG_LEVEL: "warn" }
  await medusa(["exec", "./bench/commission-throughput/run.ts", JSON.stringify(args)], env)
  result = JSON.parse(readFileSync(args.out, "utf8"))
  rmSync(args.out, { force: true })
} finally {
  if (!keep) await db.drop()
  else console.log(`database kept: ${db.url}`)
}

const { setup, variants, raw_ms, raw_with_facts_ms } = result
const n = setup.orders
const rawMs = Math.min(...raw_ms)
const rawOps = (n * 1000) / rawMs
const rawFactsOps = (n * 1000) / Math.min(...raw_with_facts_ms)
const spread = variants.spread.orders_per_s
const hot = variants.hot.orders_per_s
const row = (variant, v, orders) => ({
  variant,
  orders,
  seconds: v.ms / 1000,
  "orders/s": v.orders_per_s,
  "p50 ms/order": v.latency.p50,
  "p95 ms/order": v.latency.p95,
  "SQL/order": v.statements_per_order,
  "Node CPU ms/order": v.cpu_ms_per_order ?? "-",
})
const drain = `backlog drain, batches of ${args.batch_orders}, ${args.drain_concurrency} in flight`
const rows = [
  row(`${drain}, spread-out chains`, variants.spread, variants.spread.orders),
  ...(variants.spread_serial ? [row(`backlog drain, batches of ${args.batch_orders}, one at a time, spread-out chains`, variants.spread_serial, variants.spread_serial.orders)] : []),
  row(`${drain}, hot top dealer`, variants.hot, variants.hot.orders),
  row(`per order (order.placed subscriber, ${args.concurrency} at a time), spread-out`, variants.spread_per_order, variants.spread_per_order.latency.n),
  row(`per order (order.placed subscriber, ${args.concurrency} at a time), hot top dealer`, variants.hot_per_order, variants.hot_per_order.latency.n),
  row(`per order (attributeOrderWorkflow + accrueOrderCommissionWorkflow, ${args.concurrency} at a time), spread-out`, variants.spread_per_order_sequence, variants.spread_per_order_sequence.latency.n),
  row(`per order (attributeOrderWorkflow + accrueOrderCommissionWorkflow, ${args.concurrency} at a time), hot top dealer`, variants.hot_per_order_sequence, variants.hot_per_order_sequence.latency.n),
  { variant: `raw multi-row INSERT: attribution + split + ledger (best of ${raw_ms.length})`, orders: n, seconds: rawMs / 1000, "orders/s": rawOps, "p50 ms/order": "-", "p95 ms/order": "-", "SQL/order": "-", "Node CPU ms/order": "-" },
  { variant: `raw multi-row INSERT: the same + sales facts (best of ${raw_with_facts_ms.length})`, orders: n, seconds: Math.min(...raw_with_facts_ms) / 1000, "orders/s": rawFactsOps, "p50 ms/order": "-", "p95 ms/order": "-", "SQL/order": "-", "Node CPU ms/order": "-" },
]
const { sql_of_one_order: sqlOfOneOrder = [], ...timings } = variants.profile ?? {}
const profileRows = Object.entries(timings).map(([what, s]) => ({ "per accrued order (hot, last orders)": what, n: s.n, p50: s.p50, p95: s.p95, mean: s.mean }))
const report = printReport({
  title: "Commission throughput (accrual of a placed-order backlog)",
  command: `npm run bench:commission -- --orders ${n} --batch-orders ${args.batch_orders} --drain-concurrency ${args.drain_concurrency} --per-order ${args.per_order} --ab-rounds ${args.ab_rounds} --concurrency ${args.concurrency}`,
  machine,
  rows,
  ratios: [
    { name: "backlog drain (spread) / raw INSERT", value: spread / rawOps, target: "≥ 0.3", met: spread / rawOps >= 0.3 },
    { name: "hot top dealer / spread-out (backlog drain)", value: hot / spread, target: "≥ 0.8", met: hot / spread >= 0.8 },
    { name: "backlog drain (spread) / raw INSERT with sales facts", value: spread / rawFactsOps },
    ...(variants.spread_serial
      ? [
          { name: "backlog drain one batch at a time (spread) / raw INSERT", value: variants.spread_serial.orders_per_s / rawOps },
          { name: `backlog drain ${args.drain_concurrency} in flight / one at a time (spread)`, value: spread / variants.spread_serial.orders_per_s },
        ]
      : []),
    { name: "per order (spread) / raw INSERT", value: variants.spread_per_order.orders_per_s / rawOps },
    { name: "hot top dealer / spread-out (per order)", value: variants.hot_per_order.orders_per_s / variants.spread_per_order.orders_per_s },
    { name: "Node CPU per order: subscriber / workflow sequence (spread)", value: variants.spread_per_order.cpu_ms_per_order / variants.spread_per_order_sequence.cpu_ms_per_order },
    { name: "Node CPU per order: subscriber / workflow sequence (hot)", value: variants.hot_per_order.cpu_ms_per_order / variants.hot_per_order_sequence.cpu_ms_per_order },
  ],
  notes: [
    `setup (not timed): ${setup.dealers} dealers (${setup.spread_top_dealers} top dealers spread-out, 1 hot), ${setup.orders} orders with ${setup.lines} lines via ${args.order_workflow ? "createOrderWorkflow" : "the order module's createOrders"} in ${setup.orders_s.toFixed(0)} s`,
    `backlog drain: ${variants.spread.batches} batches a run; its p50/p95 ms/order = a batch's time ÷ its orders; orders left unattributed: ${variants.spread.failed + variants.hot.failed}`,
    `same rows from both paths (attribution, split, ledger, sales facts; ids and timestamps aside) for the first ${variants.spread_per_order.latency.n} orders: spread ${variants.spread.same_rows_as_per_order ? "yes" : `NO (${variants.spread.differing_tables})`}${variants.spread_serial ? `, spread one batch at a time ${variants.spread_serial.same_rows_as_per_order ? "yes" : "NO"}` : ""}, hot ${variants.hot.same_rows_as_per_order ? "yes" : `NO (${variants.hot.differing_tables})`}`,
    `per order: ${args.ab_rounds} rounds of subscriber and workflow sequence on the same orders, alternating which runs first; each row is its path's round with the least CPU (Node CPU ms/order by round — subscriber: spread ${variants.spread_per_order.cpu_ms_per_order_runs.map((c) => c.toFixed(1)).join(", ")}, hot ${variants.hot_per_order.cpu_ms_per_order_runs.map((c) => c.toFixed(1)).join(", ")}; sequence: spread ${variants.spread_per_order_sequence.cpu_ms_per_order_runs.map((c) => c.toFixed(1)).join(", ")}, hot ${variants.hot_per_order_sequence.cpu_ms_per_order_runs.map((c) => c.toFixed(1)).join(", ")})`,
    `same rows from the subscriber and the per-order workflow sequence (same tables, same orders): spread ${variants.spread_per_order.same_rows_as_sequence ? "yes" : `NO (${variants.spread_per_order.differing_tables})`}, hot ${variants.hot_per_order.same_rows_as_sequence ? "yes" : `NO (${variants.hot_per_order.differing_tables})`}`,
    `raw INSERT runs (ms): ${raw_ms.map((m) => m.toFixed(0)).join(", ")}; with sales facts: ${raw_with_facts_ms.map((m) => m.toFixed(0)).join(", ")} — rows: 1 attribution + 1 commission_order + 3 commission_entry (+ 1 sales_fact) per line, batches of ${args.batch} rows, one transaction per batch`,
    `total run ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ],
})
if (profileRows.length) {
  const cols = Object.keys(profileRows[0])
  console.log(`\n| ${cols.join(" | ")} |\n| ${cols.map(() => "---").join(" | ")} |`)
  for (const r of profileRows) console.log(`| ${cols.map((c) => (typeof r[c] === "number" ? r[c].toFixed(2) : r[c])).join(" | ")} |`)
}
if (argv.includes("--sql")) console.log(`\nSQL statements of one order (the order.placed subscriber), in order:\n${sqlOfOneOrder.map((q, i) => `${i + 1}. ${q}`).join("\n")}`)
console.log("\n" + JSON.stringify({ ...report, profile: timings, sql_of_one_order: sqlOfOneOrder }))
