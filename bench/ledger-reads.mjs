// Ledger reads at scale (#9): with 10,000 dealers and 1,000,000 commission
// entries, the p50/p95 of a dealer's balance, a month's statement, the
// statement CSV export (rows/s and memory) and the admin ledger list with
// filters — each read next to an index-only SELECT of the same rows.
//
//   npm run bench:ledger [-- --entries 1000000 --dealers 10000 --samples 1000
//                            --list-samples 40 --period 2026-10 --seed 42
//                            --indexes proposed --keep --db <url>]
//
// Reads run in-process through the plugin's code (`medusa exec
// ./bench/ledger-reads/run.ts`): CommissionModuleService.balances, the
// statement builder of src/api/shared/commission-views.ts (what
// GET /admin/distribution/commission/statements/:dealer_id runs, HTTP aside),
// sendStatementFile + writeStatementCsv into a counting stream, listLedger +
// dealerRefs as the admin entries route. `--indexes proposed` adds the
// indexes this benchmark proposes before measuring (to compare).
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import pg from "pg"
import { freshDatabase } from "./lib/database.mjs"
import { machineInfo, printReport, summarize } from "./lib/report.mjs"
import { explain } from "./ledger-reads/explain.mjs"
import { LEDGER_FROM, LEDGER_TO, WHALE_ID, WHALE_SHARE, loadLedger } from "./ledger-reads/generate.mjs"
import { spawnMedusa } from "../scripts/lib/medusa.mjs"

const { values: flags } = parseArgs({
  options: {
    entries: { type: "string", default: "1000000" },
    dealers: { type: "string", default: "10000" },
    // A p95 of 200 timings is their 10th worst: it moved 2.8–3.3× between idle runs; of 1,000 it holds.
    samples: { type: "string", default: "1000" },
    "list-samples": { type: "string", default: "40" },
    period: { type: "string", default: "2026-10" },
    seed: { type: "string", default: "42" },
    indexes: { type: "string", default: "current" },
    keep: { type: "boolean", default: false },
    db: { type: "string" },
  },
})
const entries = Number(flags.entries)
const dealers = Number(flags.dealers)
const seed = Number(flags.seed)

/** The indexes this benchmark proposes (see the report); applied with --indexes proposed. */
export const PROPOSED_INDEXES = [
  // Balances and statement totals read amount/status/kind of every row of a
  // dealer: with them in the dealer index (same keys, replacing it) the reads
  // are index-only instead of one heap page per entry.
  `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_dealer_ledger_covering" ON commission_entry
     (dealer_id, currency_code, created_at) INCLUDE (amount, status, kind) WHERE deleted_at IS NULL`,
  `DROP INDEX IF EXISTS "IDX_commission_entry_dealer_id_currency_code_created_at"`,
  // The admin list is newest first: unfiltered, date-range and status/kind
  // pages walk this backwards instead of sorting every match.
  `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_created_at_id" ON commission_entry
     (created_at, id) WHERE deleted_at IS NULL`,
]

/** Runs `medusa <args>` with its output in a log file; rejects with the log's tail on failure. */
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

async function execRun(url, config, logDir, label) {
  const outPath = join(logDir, `${label}.json`)
  await runMedusa(["exec", "./bench/ledger-reads/run.ts"], {
    DATABASE_URL: url,
    LEDGER_BENCH_CONFIG: JSON.stringify(config),
    LEDGER_BENCH_OUT: outPath,
  }, logDir, label)
  return JSON.parse(readFileSync(outPath, "utf8"))
}

const median = (xs) => summarize(xs).p50

async function main() {
  const logDir = mkdtempSync(join(tmpdir(), "bench-ledger-"))
  const started = Date.now()
  let db
  if (flags.db) {
    db = { url: flags.db, drop: async () => {} }
  } else {
    db = await freshDatabase("ledger", { migrate: false })
    console.log(`database ${db.url}: migrating…`)
    await runMedusa(["db:migrate"], { DATABASE_URL: db.url }, logDir, "migrate")
    console.log(`loading ${dealers} dealers and ${entries} ledger entries (SQL, seed ${seed})…`)
    const timings = await loadLedger(db.url, { dealers, entries, seed })
    console.log(`loaded: ${JSON.stringify(timings)} (seconds)`)
  }
  try {
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    if (flags.indexes === "proposed") {
      for (const sql of PROPOSED_INDEXES) await client.query(sql)
      await client.query("VACUUM ANALYZE commission_entry")
      console.log("proposed indexes created")
    }
    const config = {
      mode: "reads",
      samples: Number(flags.samples),
      listSamples: Number(flags["list-samples"]),
      seed,
      dealers,
      period: flags.period,
      ledgerFrom: LEDGER_FROM,
      ledgerTo: LEDGER_TO,
      whaleId: WHALE_ID,
    }
    console.log(`timing reads of ${config.samples} random dealers and the ledger list (${config.listSamples} per filter)…`)
    const reads = await execRun(db.url, config, logDir, "reads")

    // CSV export, one process per size so each has its own peak RSS; each
    // first exports a small statement (warm-up), then the measured one.
    const { rows: few } = await client.query(
      `SELECT dealer_id, count(*)::int AS n FROM commission_entry
        WHERE dealer_id LIKE 'dlr_bench_00%' GROUP BY dealer_id HAVING count(*) BETWEEN 20 AND 60 ORDER BY dealer_id DESC LIMIT 2`
    )
    const whole = { from: LEDGER_FROM, to: LEDGER_TO }
    const exportsOut = []
    for (const target of [
      { label: `few entries (${few[0].dealer_id})`, dealer_id: few[0].dealer_id, ...whole },
      { label: `many entries (${WHALE_ID})`, dealer_id: WHALE_ID, ...whole },
    ]) {
      const warmup = { label: "warm-up", dealer_id: few[1].dealer_id, ...whole }
      const result = await execRun(db.url, { ...config, mode: "export", exportDealers: [warmup, target] }, logDir, `export-${exportsOut.length}`)
      exportsOut.push(result.exports[1])
    }

    // EXPLAIN of the measured queries, for a typical dealer and the biggest.
    const range = reads.range
    const { rows: typical } = await client.query(
      `SELECT dealer_id FROM commission_entry WHERE dealer_id LIKE 'dlr_bench_00%' GROUP BY dealer_id
        HAVING count(*) BETWEEN $1 AND $1 + 10 ORDER BY dealer_id LIMIT 1`,
      [Math.round(median(reads.rowCounts.dealer))]
    )
    const plans = []
    const planTimes = []
    for (const [who, dealerId] of [["typical", typical[0]?.dealer_id ?? few[0].dealer_id], ["biggest", WHALE_ID]]) {
      const q = {
        "baseline: index-only count of the dealer's rows": [`SELECT currency_code, count(*) FROM commission_entry WHERE dealer_id = $1 AND deleted_at IS NULL GROUP BY currency_code`, [dealerId]],
        "balances()": [`SELECT currency_code, sum(amount) FILTER (WHERE status = 'pending'), sum(amount) FILTER (WHERE kind = 'payout'), sum(amount)
           FROM commission_entry WHERE dealer_id = $1 AND deleted_at IS NULL GROUP BY currency_code`, [dealerId]],
        "baseline: index-only SELECT of the month's rows": [`SELECT created_at FROM commission_entry WHERE dealer_id = $1 AND currency_code = 'cny'
           AND created_at >= $2 AND created_at < $3 AND deleted_at IS NULL`, [dealerId, range.from, range.to]],
        "dealerStatementFigures() (statement figures, abridged)": [`SELECT currency_code, count(*) FILTER (WHERE created_at < $3),
           coalesce(sum(amount) FILTER (WHERE created_at < $2), 0), coalesce(sum(amount) FILTER (WHERE created_at < $3), 0),
           coalesce(sum(amount) FILTER (WHERE created_at >= $2 AND created_at < $3 AND kind = 'accrual'), 0),
           count(*) FILTER (WHERE created_at >= $2 AND created_at < $3)
           FROM commission_entry WHERE dealer_id = $1 AND deleted_at IS NULL GROUP BY currency_code`, [dealerId, range.from, range.to]],
        "readStatement(): the one statement (figures, entries, dealer)": [reads.statementSql.sql,
          reads.statementSql.params.map((p) => (p === "DEALER" ? dealerId : p))],
        "before: the previous one statement": [reads.statementSqlBefore.sql,
          reads.statementSqlBefore.params.map((p) => (p === "DEALER" ? dealerId : p))],
        "streamEntries() page (statement rows)": [`SELECT * FROM commission_entry e WHERE e.dealer_id = $1 AND e.currency_code = 'cny'
           AND e.created_at >= $2 AND e.created_at < $3 AND e.deleted_at IS NULL ORDER BY e.created_at, e.id LIMIT 1000`, [dealerId, range.from, range.to]],
      }
      for (const [name, [sql, params]] of Object.entries(q)) plans.push({ query: `${name} [${who}]`, ...(await explain(client, sql, params)) })
      // Planning and execution of the statement before and now, a typical dealer, median of 50 EXPLAINs each (a plan's time varies).
      if (who === "typical") {
        for (const [name, key] of [["statement (now)", "statementSql"], ["statement (before)", "statementSqlBefore"]]) {
          const planning = []
          const execution = []
          for (let i = 0; i < 50; i++) {
            const e = await explain(client, reads[key].sql, reads[key].params.map((p) => (p === "DEALER" ? dealerId : p)))
            planning.push(e.planning_ms)
            execution.push(e.ms)
          }
          planTimes.push(`${name}: planning p50 ${median(planning).toFixed(3)} ms, execution p50 ${median(execution).toFixed(3)} ms`)
        }
      }
    }
    const listPlans = []
    for (const [name, filters] of Object.entries(reads.list.example)) {
      const conditions = ["e.deleted_at IS NULL"]
      const params = []
      const add = (sql, v) => {
        params.push(v)
        conditions.push(sql.replace("?", `$${params.length}`))
      }
      if (filters.dealer_id) add("e.dealer_id = ?", filters.dealer_id)
      if (filters.status) add("e.status = ?", filters.status)
      if (filters.kind) add("e.kind = ?", filters.kind)
      if (filters.from) add("e.created_at >= ?", filters.from)
      if (filters.to) add("e.created_at < ?", filters.to)
      const where = conditions.join(" AND ")
      const page = await explain(client, `SELECT * FROM commission_entry e WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT 20`, params)
      const totals = await explain(client, `SELECT e.currency_code, sum(e.amount), count(*) FROM commission_entry e WHERE ${where} GROUP BY 1`, params)
      listPlans.push({ name, page, totals })
    }
    await client.end()

    // The report.
    const d = reads.durations
    // The statement's own SQL work, per dealer: totals + entries (the same dealer in each sample).
    d.statement_sql_parts = d.statement_part_totals.map((t, i) => t + d.statement_part_entries[i])
    const s = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, summarize(v)]))
    const label = {
      baseline_dealer_rows: "baseline: index-only SELECT count(*) of the dealer's rows per currency (pg)",
      balance_sql: "balance SQL alone (pg, same statement as balances())",
      balance: "balance: CommissionModuleService.balances()",
      balance_route: "balance route work: dealer lookup + balances()",
      baseline_month_rows: "baseline: index-only SELECT of the month's rows (pg)",
      baseline_upto_rows: "baseline: index-only SELECT count(*) of all rows up to the month's end (pg)",
      statement: "statement (JSON), as the admin route: readStatement (one SQL statement: figures, entries, dealer)",
      statement_before: "  before: the same route work with the previous one statement (FILTER sums over all rows, CTEs, UNION ALL)",
      statement_in_parts: "  before: the same statement as three reads at once (figures ‖ entries ‖ dealerRef)",
      statement_sql: "  part: the one statement's SQL alone (pg)",
      statement_sql_before: "  before: the previous one statement's SQL alone (pg)",
      statement_part_one_sql: "  part: CommissionModuleService.dealerStatement() (the SQL through the module)",
      statement_part_totals: "  part: dealerStatementFigures() (currencies, opening/closing/totals, snapshot: one query)",
      statement_part_entries: "  part: streamEntries() of the month",
      statement_part_lookups: "  part: dealerRef() (code and name, one SQL)",
      statement_sql_parts: "  parts: dealerStatementFigures() + streamEntries() (per dealer)",
    }
    // Node CPU per call (process.cpuUsage around each call; "" for the derived row).
    const cpu = (k) => (reads.cpuMs?.[k] === undefined ? "" : reads.cpuMs[k])
    const rows = Object.keys(label).map((k) => ({
      read: label[k], n: s[k].n, p50_ms: s[k].p50, p95_ms: s[k].p95, p99_ms: s[k].p99, mean_ms: s[k].mean, cpu_ms: cpu(k),
    }))
    for (const [k, durations] of Object.entries(reads.whale)) {
      const x = summarize(durations)
      rows.push({ read: `biggest dealer (${WHALE_ID}, ~${Math.round(entries * WHALE_SHARE)} rows): ${label[k].replace(/ \(pg\)$/, "")}`, n: x.n, p50_ms: x.p50, p95_ms: x.p95, p99_ms: x.p99, mean_ms: x.mean, cpu_ms: "" })
    }
    for (const [name, durations] of Object.entries(reads.list.durations)) {
      const x = summarize(durations)
      rows.push({ read: `ledger list: ${name} (listLedger + dealerRefs)`, n: x.n, p50_ms: x.p50, p95_ms: x.p95, p99_ms: x.p99, mean_ms: x.mean, cpu_ms: "" })
    }
    const ratio = (name, a, b, target) => {
      const value = s[a].p95 / s[b].p95
      return { name, value, ...(target ? { target: `< ${target}×`, met: value < target } : {}) }
    }
    const dealerRows = summarize(reads.rowCounts.dealer)
    const monthRows = summarize(reads.rowCounts.month)
    const notes = [
      `data: ${dealers} dealers, ${entries} entries over ${LEDGER_FROM.slice(0, 10)}..${LEDGER_TO.slice(0, 10)} (5% to one dealer, the rest skewed); statement period ${flags.period} (${range.from} .. ${range.to}); indexes: ${flags.indexes}`,
      `statement JSON, one SQL statement vs the three reads: identical for ${reads.statementCheck.checked - reads.statementCheck.differing.length} of ${reads.statementCheck.checked} dealers${reads.statementCheck.differing.length ? ` (DIFFERENT: ${reads.statementCheck.differing.slice(0, 5).join(", ")})` : ""}`,
      `rows per sampled dealer: p50 ${dealerRows.p50}, p95 ${dealerRows.p95}, max ${Math.max(...reads.rowCounts.dealer)}; in the month: p50 ${monthRows.p50}, p95 ${monthRows.p95}`,
      "path: in-process through the plugin's code (medusa exec), no HTTP; baselines on a plain pg connection in the same process, interleaved dealer by dealer",
      ...exportsOut.map((e) => `CSV export ${e.label}: ${e.rows} rows, ${(e.bytes / 2 ** 20).toFixed(1)} MiB in ${e.ms.toFixed(0)} ms = ${e.rows_per_s.toFixed(0)} rows/s; RSS ${e.rss_before_mb.toFixed(0)} MiB before, peak growth ${e.rss_growth_mb.toFixed(1)} MiB (heap ${e.peak_heap_growth_mb.toFixed(1)} MiB), process max RSS ${e.max_rss_process_mb.toFixed(0)} MiB`),
      ...plans.map((p) => `plan ${p.query}: ${p.plan}; ${p.buffers} buffers; planning ${p.planning_ms.toFixed(2)} ms, execution ${p.ms.toFixed(2)} ms`),
      ...planTimes.map((t) => `EXPLAIN ${t} (typical dealer, 50 runs)`),
      `Node CPU per call (ms, process.cpuUsage): statement ${cpu("statement").toFixed(3)}, before ${cpu("statement_before").toFixed(3)}, three reads ${cpu("statement_in_parts").toFixed(3)}, baseline ${cpu("baseline_month_rows").toFixed(3)}`,
      ...listPlans.map((p) => `plan list ${p.name}: page ${p.page.plan} (${p.page.ms.toFixed(1)} ms); totals ${p.totals.plan} (${p.totals.ms.toFixed(1)} ms)`),
      ...Object.entries(reads.list.counts).map(([k, v]) => `list ${k}: matching rows p50 ${median(v)}`),
      `total run ${((Date.now() - started) / 1000).toFixed(0)} s; logs in ${logDir}`,
    ]
    const report = printReport({
      title: "Ledger reads at scale (#9)",
      command: `npm run bench:ledger -- --entries ${entries} --dealers ${dealers} --samples ${flags.samples} --indexes ${flags.indexes}`,
      machine: machineInfo(db.url),
      rows,
      ratios: [
        ratio("balance p95 / index-only count of the dealer's rows p95", "balance", "baseline_dealer_rows", 3),
        ratio("statement p95 / index-only SELECT of the month's rows p95", "statement", "baseline_month_rows", 3),
        ratio("before: statement with the previous one statement p95 / index-only SELECT of the month's rows p95 (info)", "statement_before", "baseline_month_rows"),
        ratio("statement p95 / the same with the previous one statement p95, same run (info)", "statement", "statement_before"),
        ratio("before: statement as three reads p95 / index-only SELECT of the month's rows p95 (info)", "statement_in_parts", "baseline_month_rows"),
        ratio("statement SQL alone p95 / index-only SELECT of the month's rows p95 (info)", "statement_sql", "baseline_month_rows"),
        ratio("before: the previous statement SQL alone p95 / index-only SELECT of the month's rows p95 (info)", "statement_sql_before", "baseline_month_rows"),
        ratio("balance route work p95 / index-only dealer rows p95 (info)", "balance_route", "baseline_dealer_rows"),
        ratio("balance SQL p95 / index-only dealer rows p95 (info)", "balance_sql", "baseline_dealer_rows"),
        ratio("statement p95 / index-only count of all rows up to the month's end p95 (info)", "statement", "baseline_upto_rows"),
        ratio("statement figures + entries alone, one after the other (dealerStatementFigures + streamEntries) p95 / month rows p95 (info)", "statement_sql_parts", "baseline_month_rows"),
      ],
      notes,
    })
    writeFileSync(join(logDir, "report.json"), JSON.stringify({ ...report, exports: exportsOut, plans, listPlans }, null, 2))
  } finally {
    if (!flags.keep && !flags.db) await db.drop()
    else if (flags.keep) console.log(`kept database ${db.url}`)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
