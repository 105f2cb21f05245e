// Run by bench/ledger-reads.mjs as `medusa exec ./bench/ledger-reads/run.ts`
// against the loaded benchmark database. It times the plugin's real read
// paths in this process — the module service and the shared view code the
// admin routes call — next to index-only SELECTs of the same rows on a plain
// pg connection, interleaved dealer by dealer. Config comes in
// LEDGER_BENCH_CONFIG (JSON); results go to the file LEDGER_BENCH_OUT (JSON).
import { writeFileSync } from "node:fs"
import { Writable } from "node:stream"
import type { ExecArgs } from "@medusajs/framework/types"
import pg from "pg"
import {
  dealerRef,
  dealerRefs,
  readStatement,
  readStatementInParts,
  sendStatementFile,
  statementRange,
} from "../../src/api/shared/commission-views"
import type CommissionModuleService from "../../src/modules/commission/service"
import type DistributionModuleService from "../../src/modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../src/types/module-names"
import { dealerStatementParams, dealerStatementSql } from "../../src/modules/commission/queries/dealer-statement"
import { dealerStatementBefore, dealerStatementParamsBefore, dealerStatementSqlBefore } from "./statement-before"

type Config = {
  mode: "reads" | "export"
  samples: number
  listSamples: number
  seed: number
  dealers: number
  period: string
  ledgerFrom: string
  ledgerTo: string
  whaleId: string
  exportDealers?: { label: string; dealer_id: string; from: string; to: string }[]
}

// mulberry32, as bench/lib/report.mjs (a .ts script cannot import that .mjs through medusa exec's loader everywhere).
function seededRandom(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const dealerIdOf = (i: number, whaleId: string) => (i === 0 ? whaleId : `dlr_bench_${String(i).padStart(6, "0")}`)

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** A response stand-in for sendStatementFile: counts what is written, keeps nothing. */
class CountingResponse extends Writable {
  bytes = 0
  headers: Record<string, string> = {}
  setHeader(name: string, value: string) {
    this.headers[name] = value
  }
  _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.bytes += chunk.length
    // Let the event loop turn like a socket would (no synchronous back-to-back writes).
    setImmediate(callback)
  }
}

export default async function ledgerReads({ container }: ExecArgs) {
  const config: Config = JSON.parse(process.env.LEDGER_BENCH_CONFIG ?? "{}")
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const out: Record<string, unknown> = {}

  if (config.mode === "export") {
    out.exports = []
    for (const target of config.exportDealers ?? []) {
      const range = { period: null, from: new Date(target.from), to: new Date(target.to) }
      global.gc?.()
      const before = process.memoryUsage()
      let peakRss = before.rss
      let peakHeap = before.heapUsed
      const sampler = setInterval(() => {
        const m = process.memoryUsage()
        peakRss = Math.max(peakRss, m.rss)
        peakHeap = Math.max(peakHeap, m.heapUsed)
      }, 5)
      const res = new CountingResponse()
      const ms = await time(() => sendStatementFile(container, res as any, target.dealer_id, range, "cny", "csv"))
      clearInterval(sampler)
      const after = process.memoryUsage()
      peakRss = Math.max(peakRss, after.rss)
      peakHeap = Math.max(peakHeap, after.heapUsed)
      const { count } = await commission.listLedger(
        { dealer_id: target.dealer_id, currency_code: "cny", from: range.from, to: range.to },
        { offset: 0, limit: 1 }
      )
      ;(out.exports as unknown[]).push({
        label: target.label,
        dealer_id: target.dealer_id,
        rows: count,
        bytes: res.bytes,
        ms,
        rows_per_s: (count / ms) * 1000,
        rss_before_mb: before.rss / 2 ** 20,
        peak_rss_mb: peakRss / 2 ** 20,
        rss_growth_mb: (peakRss - before.rss) / 2 ** 20,
        peak_heap_growth_mb: (peakHeap - before.heapUsed) / 2 ** 20,
        max_rss_process_mb: process.resourceUsage().maxRSS / 1024,
      })
    }
    writeFileSync(process.env.LEDGER_BENCH_OUT!, JSON.stringify(out, null, 2))
    return
  }

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  const random = seededRandom(config.seed)
  const range = statementRange(container, { period: config.period } as any)
  const rangeParams = [range.from, range.to]

  // Index-only SELECTs of the rows each read covers (dealer_id, currency_code
  // and created_at are the columns of IDX_commission_entry_dealer_id_currency_code_created_at).
  // A balance returns one row per currency, so its baseline aggregates the same
  // rows too (returning 50,000 rows to the client would time pg's parsing, not the read).
  const BASE_DEALER = `SELECT currency_code, count(*) FROM commission_entry
    WHERE dealer_id = $1 AND deleted_at IS NULL GROUP BY currency_code`
  const BASE_MONTH = `SELECT created_at FROM commission_entry
    WHERE dealer_id = $1 AND currency_code = 'cny' AND created_at >= $2 AND created_at < $3 AND deleted_at IS NULL`
  const BASE_UPTO = `SELECT count(*) FROM commission_entry
    WHERE dealer_id = $1 AND currency_code = 'cny' AND created_at < $2 AND deleted_at IS NULL`
  // The balance query as balances() sends it, on the plain connection (the SQL's own cost).
  const BALANCE_SQL = `SELECT currency_code,
      coalesce(sum(amount) FILTER (WHERE status = 'pending'), 0)::text AS pending,
      coalesce(sum(amount) FILTER (WHERE status = 'available'), 0)::text AS available,
      coalesce(sum(amount) FILTER (WHERE status = 'reserved'), 0)::text AS reserved,
      coalesce(sum(amount) FILTER (WHERE status = 'paid' AND kind <> 'payout'), 0)::text AS paid,
      coalesce(-sum(amount) FILTER (WHERE kind = 'payout'), 0)::text AS paid_out,
      sum(amount)::text AS total
    FROM commission_entry WHERE dealer_id = $1 AND deleted_at IS NULL
    GROUP BY currency_code ORDER BY currency_code`

  // dealerStatementSql with pg's $n placeholders (it has no other "?"), for a month, no currency asked.
  const numbered = (sql: string) => {
    let placeholder = 0
    return sql.replace(/\?/g, () => `$${++placeholder}`)
  }
  const STATEMENT_SQL = numbered(dealerStatementSql({ currency: false, period: true }))
  // The statement query before this round (bench/ledger-reads/statement-before.ts), timed beside it.
  const STATEMENT_SQL_BEFORE = numbered(dealerStatementSqlBefore(false))
  const dealerStatementNow = commission.dealerStatement
  const readStatementBefore = async (id: string) => {
    // readStatement with the module's previous dealerStatement swapped in for this call (calls never overlap).
    ;(commission as any).dealerStatement = (dealerId: string, r: typeof range, currency: string | undefined) =>
      dealerStatementBefore(commission, dealerId, r, currency)
    try {
      return await readStatement(container, id, range, undefined, { withDealer: true })
    } finally {
      ;(commission as any).dealerStatement = dealerStatementNow
    }
  }

  const variants: Record<string, (dealerId: string) => Promise<unknown>> = {
    baseline_dealer_rows: (id) => db.query(BASE_DEALER, [id]),
    balance_sql: (id) => db.query(BALANCE_SQL, [id]),
    balance: (id) => commission.balances(id),
    balance_route: async (id) => {
      const [dealer] = await distribution.listDealers({ id }, { select: ["id"] })
      return commission.balances(dealer.id)
    },
    baseline_month_rows: (id) => db.query(BASE_MONTH, [id, ...rangeParams]),
    baseline_upto_rows: (id) => db.query(BASE_UPTO, [id, range.to]),
    // What the admin statement route does (src/api/admin/distribution/commission/statements/[dealer_id]/route.ts):
    // one SQL statement (figures, entries, the dealer's code and name), then the currency and the view.
    statement: (id) => readStatement(container, id, range, undefined, { withDealer: true }),
    // The same route work with the previous one statement (eleven FILTER sums over all the dealer's rows, CTEs, UNION ALL).
    statement_before: readStatementBefore,
    // The same statement as three reads at once (figures ‖ entries ‖ dealerRef): the way before, side by side.
    statement_in_parts: (id) => readStatementInParts(container, id, range, undefined, { withDealer: true }),
    // The one statement's SQL alone, on the plain pg connection (its own cost, no ORM, no view code).
    statement_sql: (id) => db.query(STATEMENT_SQL, dealerStatementParams(id, range, undefined)),
    statement_sql_before: (id) => db.query(STATEMENT_SQL_BEFORE, dealerStatementParamsBefore(id, range, undefined)),
    // The module call alone (the SQL through the module's manager, figures mapped).
    statement_part_one_sql: (id) => commission.dealerStatement(id, range, undefined),
    // The statement's parts, to see where its time goes.
    statement_part_totals: (id) => commission.dealerStatementFigures(id, range),
    statement_part_entries: async (id) => {
      let n = 0
      for await (const _ of commission.streamEntries({ dealer_id: id, currency_code: "cny", from: range.from, to: range.to })) n++
      return n
    },
    statement_part_lookups: async (id) => {
      // The read beside the ledger's: the dealer's code and name (one SQL).
      await dealerRef(container, id)
    },
  }
  const names = Object.keys(variants)
  const durations: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  // Node CPU (user + system, all threads) spent while each variant ran, summed.
  const cpuMs: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]))
  const rowCounts = { dealer: [] as number[], month: [] as number[] }

  const pick = () => dealerIdOf(Math.floor(random() * config.dealers), config.whaleId)
  // Warm-up: connections, statement caches, JIT of the view code.
  for (let i = 0; i < 10; i++) {
    const id = pick()
    for (const n of names) await variants[n](id)
  }
  const sampled: string[] = []
  for (let i = 0; i < config.samples; i++) {
    const id = pick()
    sampled.push(id)
    // Interleaved: every variant reads the same dealer, in a rotating order.
    for (let j = 0; j < names.length; j++) {
      const n = names[(i + j) % names.length]
      const cpu = process.cpuUsage()
      durations[n].push(await time(() => variants[n](id)))
      const used = process.cpuUsage(cpu)
      cpuMs[n] += (used.user + used.system) / 1000
    }
    const { rows } = await db.query(
      `SELECT count(*)::int AS all_rows, count(*) FILTER (WHERE created_at >= $2 AND created_at < $3)::int AS month_rows
         FROM commission_entry WHERE dealer_id = $1`,
      [id, ...rangeParams]
    )
    rowCounts.dealer.push(rows[0].all_rows)
    rowCounts.month.push(rows[0].month_rows)
  }
  // The biggest dealer (5% of the ledger): the same reads, a few times each.
  const whale: Record<string, number[]> = {}
  for (const n of ["baseline_dealer_rows", "balance", "baseline_month_rows", "statement", "statement_before", "statement_in_parts"]) {
    await variants[n](config.whaleId)
    whale[n] = []
    for (let i = 0; i < 5; i++) whale[n].push(await time(() => variants[n](config.whaleId)))
  }
  out.whale = whale
  // The one-statement JSON is the three reads' JSON, byte for byte, for every sampled dealer and the biggest.
  const checked = [...new Set([...sampled, config.whaleId])]
  const differing: string[] = []
  for (const id of checked) {
    const [one, parts] = await Promise.all([
      readStatement(container, id, range, undefined, { withDealer: true }),
      readStatementInParts(container, id, range, undefined, { withDealer: true }),
    ])
    if (JSON.stringify(one) !== JSON.stringify(parts)) differing.push(id)
  }
  out.statementCheck = { checked: checked.length, differing }
  // For the report's EXPLAIN: the one statement's SQL and bindings (DEALER stands for the dealer's id).
  out.statementSql = {
    sql: STATEMENT_SQL,
    params: dealerStatementParams("DEALER", range, undefined).map((p) => (p instanceof Date ? p.toISOString() : p)),
  }
  out.statementSqlBefore = {
    sql: STATEMENT_SQL_BEFORE,
    params: dealerStatementParamsBefore("DEALER", range, undefined).map((p) => (p instanceof Date ? p.toISOString() : p)),
  }
  out.cpuMs = Object.fromEntries(names.map((n) => [n, cpuMs[n] / durations[n].length]))
  out.durations = durations
  out.rowCounts = rowCounts
  out.range = { period: config.period, from: range.from.toISOString(), to: range.to.toISOString() }

  // The admin ledger list (GET /admin/distribution/commission/entries): listLedger + the dealers of the page.
  // What an admin filters on: status/kind pairs the ledger has (a payout is always paid).
  const statusKinds = [
    ["pending", "accrual"], ["available", "accrual"], ["paid", "accrual"], ["reserved", "accrual"],
    ["available", "reversal"], ["pending", "adjustment"], ["paid", "payout"],
  ]
  const ledgerFrom = new Date(config.ledgerFrom).getTime()
  const ledgerSpan = new Date(config.ledgerTo).getTime() - ledgerFrom
  const month = () => {
    const from = new Date(ledgerFrom + Math.floor(random() * 11) * (ledgerSpan / 12))
    return { from, to: new Date(from.getTime() + ledgerSpan / 12) }
  }
  const oneOf = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const statusKind = () => {
    const [status, kind] = oneOf(statusKinds)
    return { status, kind }
  }
  const cases: Record<string, () => Record<string, unknown>> = {
    "dealer": () => ({ dealer_id: pick() }),
    "dealer+status+kind": () => ({ dealer_id: pick(), ...statusKind() }),
    "dealer+month": () => ({ dealer_id: pick(), ...month() }),
    "status+kind": () => statusKind(),
    "month": () => month(),
    "status+kind+month": () => ({ ...statusKind(), ...month() }),
    "none (page 1)": () => ({}),
  }
  const listDurations: Record<string, number[]> = {}
  const listCounts: Record<string, number[]> = {}
  const listParams: Record<string, Record<string, unknown>> = {}
  for (const [name, make] of Object.entries(cases)) {
    listDurations[name] = []
    listCounts[name] = []
    const list = async (filters: Record<string, unknown>) => {
      const result = await commission.listLedger(filters as any, { offset: 0, limit: 20 })
      await dealerRefs(container, result.entries.map((e) => e.dealer_id))
      return result
    }
    for (let i = 0; i < 2; i++) await list(make())
    for (let i = 0; i < config.listSamples; i++) {
      const filters = make()
      listParams[name] ??= filters
      let count = 0
      listDurations[name].push(
        await time(async () => {
          count = (await list(filters)).count
        })
      )
      listCounts[name].push(count)
    }
  }
  out.list = { durations: listDurations, counts: listCounts, example: listParams }
  await db.end()
  writeFileSync(process.env.LEDGER_BENCH_OUT!, JSON.stringify(out))
}
