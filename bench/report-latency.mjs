// Report latency at scale (#7): with 10,000 dealers, 100,000 customers,
// 1,000,000 sales fact rows and 1,000,000 commission entries, the p50/p95 of
// each report endpoint's work (sales by day, week, month, product, category,
// region, dealer, tier; a dealer's own sales; commission by dealer and by
// month; a CSV download) next to a plain `SELECT count(*) FROM sales_fact`
// timed in the same run, sample by sample, plus EXPLAIN of each query.
//
//   npm run bench:reports [-- --facts 1000000 --entries 1000000 --dealers 10000
//                             --customers 100000 --samples 30 --seed 42 --keep --db <url>]
//
// The reports run in-process through the routes' own handlers (`medusa exec
// ./bench/report-latency/run.ts`): zod validation, period parsing, the SQL of
// src/lib/reporting/report-sql.ts, label lookups, response shaping — HTTP and
// auth aside.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { freshDatabase } from "./lib/database.mjs"
import { machineInfo, printReport, summarize } from "./lib/report.mjs"
import { loadStore } from "./report-latency/generate.mjs"
import { spawnMedusa } from "../scripts/lib/medusa.mjs"

const { values: flags } = parseArgs({
  options: {
    facts: { type: "string", default: "1000000" },
    entries: { type: "string", default: "1000000" },
    dealers: { type: "string", default: "10000" },
    customers: { type: "string", default: "100000" },
    samples: { type: "string", default: "30" },
    seed: { type: "string", default: "42" },
    keep: { type: "boolean", default: false },
    db: { type: "string" },
  },
})

async function runMedusa(args, env, logDir, label) {
  const logPath = join(logDir, `${label}.log`)
  const child = spawnMedusa(args, { env: { ...process.env, NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "pipe"] })
  let log = ""
  child.stdout.on("data", (d) => (log += d))
  child.stderr.on("data", (d) => (log += d))
  const code = await child.exited
  writeFileSync(logPath, log)
  if (code !== 0) {
    throw new Error(`medusa ${args.join(" ")} exited with ${code}; log ${logPath}:\n${log.slice(-3000)}`)
  }
}

const cny = { currency_code: "cny" }
const REPORTS = [
  { name: "sales by day (a month)", kind: "sales", query: { group_by: "day", period: "2026-05", limit: "31", ...cny } },
  { name: "sales by week (a quarter)", kind: "sales", query: { group_by: "week", period: "2026-Q2", ...cny } },
  { name: "sales by month (a year)", kind: "sales", query: { group_by: "month", period: "2026", ...cny } },
  { name: "sales by product (a month)", kind: "sales", query: { group_by: "product", period: "2026-05", ...cny } },
  { name: "sales by category (a month)", kind: "sales", query: { group_by: "category", period: "2026-05", ...cny } },
  { name: "sales by region (a month)", kind: "sales", query: { group_by: "region", period: "2026-05", ...cny } },
  { name: "sales by dealer (a month)", kind: "sales", query: { group_by: "dealer", period: "2026-05", ...cny } },
  { name: "sales by tier (a month)", kind: "sales", query: { group_by: "tier", period: "2026-05", ...cny } },
  { name: "sales by dealer (a year)", kind: "sales", query: { group_by: "dealer", period: "2026", ...cny } },
  { name: "one dealer's sales by month (a year)", kind: "sales", query: { group_by: "month", period: "2026", dealer_id: "dlr_bench_000002", ...cny } },
  { name: "commission by dealer (a month)", kind: "commission", query: { group_by: "dealer", period: "2026-05", ...cny } },
  { name: "commission by month (a year)", kind: "commission", query: { group_by: "month", period: "2026", ...cny } },
  { name: "CSV: sales by dealer (a month, every dealer)", kind: "sales", query: { group_by: "dealer", period: "2026-05", format: "csv", ...cny } },
]

async function main() {
  const logDir = mkdtempSync(join(tmpdir(), "bench-reports-"))
  const started = Date.now()
  let db
  const sizes = {
    facts: Number(flags.facts),
    entries: Number(flags.entries),
    dealers: Number(flags.dealers),
    customers: Number(flags.customers),
    seed: Number(flags.seed),
  }
  let loadTimings = null
  if (flags.db) {
    db = { url: flags.db, drop: async () => {} }
  } else {
    db = await freshDatabase("reports", { migrate: false })
    console.log(`database ${db.url}: migrating…`)
    await runMedusa(["db:migrate"], { DATABASE_URL: db.url }, logDir, "migrate")
    console.log(`loading ${sizes.dealers} dealers, ${sizes.customers} customers, ${sizes.facts} fact rows, ${sizes.entries} ledger entries (seed ${sizes.seed})…`)
    loadTimings = await loadStore(db.url, sizes)
    console.log(`loaded: ${JSON.stringify(loadTimings)} (seconds)`)
  }
  try {
    const outPath = join(logDir, "run.json")
    console.log(`timing ${REPORTS.length} reports, ${flags.samples} samples each, interleaved with SELECT count(*) FROM sales_fact…`)
    await runMedusa(["exec", "./bench/report-latency/run.ts"], {
      DATABASE_URL: db.url,
      DISTRIBUTION_OPTIONS: JSON.stringify({ timezone: "Asia/Shanghai" }),
      REPORT_BENCH_CONFIG: JSON.stringify({ samples: Number(flags.samples), reports: REPORTS, timezone: "Asia/Shanghai" }),
      REPORT_BENCH_OUT: outPath,
    }, logDir, "run")
    const { results, plans } = JSON.parse(readFileSync(outPath, "utf8"))

    const rows = []
    const ratios = []
    for (const r of results) {
      const report = summarize(r.durations.report)
      const base = summarize(r.durations.baseline)
      const period = summarize(r.durations.period_count)
      rows.push({
        report: r.name,
        rows: r.rows ?? `${r.bytes} bytes`,
        "p50 ms": report.p50,
        "p95 ms": report.p95,
        "count(*) p50 ms": base.p50,
        "× count(*) p50": report.p50 / base.p50,
        "× count(*) p95": report.p95 / base.p95,
        "period count p50 ms": period.p50,
      })
      ratios.push({ name: `${r.name} p95 / SELECT count(*) p95`, value: report.p95 / base.p95 })
    }
    const report = printReport({
      title: "Report latency (sales fact table and ledger)",
      command: `npm run bench:reports -- --facts ${sizes.facts} --entries ${sizes.entries} --dealers ${sizes.dealers} --customers ${sizes.customers} --samples ${flags.samples} --seed ${sizes.seed}`,
      machine: machineInfo(db.url),
      rows,
      ratios,
      notes: [
        `load (s): ${JSON.stringify(loadTimings)}`,
        "each sample: count(*) of the whole table, then the report, then a count(*) of the report's period (index range), on the same pool",
        ...plans.map((p) => `EXPLAIN ${p.query}: ${p.plan} (buffers ${p.buffers}, ${p.ms.toFixed(1)} ms)`),
        `total run ${((Date.now() - started) / 1000).toFixed(0)} s`,
      ],
    })
    writeFileSync(join(logDir, "report.json"), JSON.stringify(report, null, 2))
    console.log(`\nlogs and JSON in ${logDir}`)
  } finally {
    if (!flags.keep && !flags.db) {
      await db.drop()
    } else {
      console.log(`kept database ${db.url}`)
    }
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
