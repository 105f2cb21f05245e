// Run by bench/report-latency.mjs as `medusa exec ./bench/report-latency/run.ts`
// against the loaded benchmark database. It calls the report routes' own
// handlers in this process (validation → period → SQL → labels → JSON; the
// HTTP and auth layers aside) and, interleaved sample by sample, a plain
// `SELECT count(*) FROM sales_fact` on the same connection pool, then
// EXPLAINs each report's SQL. Config in REPORT_BENCH_CONFIG (JSON); results
// to the file REPORT_BENCH_OUT (JSON).
import { writeFileSync } from "node:fs"
import { Writable } from "node:stream"
import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GET as salesReport } from "../../src/api/admin/distribution/reports/sales/route"
import { GET as commissionReport } from "../../src/api/admin/distribution/reports/commission/route"
import { AdminCommissionReportQuery, AdminSalesReportQuery } from "../../src/api/admin/distribution/reports/validators"
import { parseReportPeriod } from "../../src/lib/reporting/periods"
import { commissionRowsSql, salesRowsSql, salesTotalsSql, commissionTotalsSql } from "../../src/lib/reporting/report-sql"

type Report = { name: string; kind: "sales" | "commission"; query: Record<string, string> }
type Config = { samples: number; reports: Report[]; timezone: string }

/** A response stand-in: keeps the JSON, or counts the bytes of a download. */
class BenchResponse extends Writable {
  bytes = 0
  body: any = null
  headers: Record<string, string> = {}
  setHeader(name: string, value: string) {
    this.headers[name] = value
  }
  json(body: unknown) {
    this.body = body
  }
  _write(chunk: Buffer, _enc: string, done: () => void) {
    this.bytes += chunk.length
    done()
  }
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function summarizePlan(plan: any) {
  const scans: string[] = []
  const walk = (node: any) => {
    if (/Scan/.test(node["Node Type"])) {
      const index = node["Index Name"] ? ` ${node["Index Name"].replace(/^IDX_/, "")}` : ""
      const heap = node["Heap Fetches"] !== undefined ? ` heap_fetches=${node["Heap Fetches"]}` : ""
      scans.push(`${node["Node Type"]}${index}${heap} rows=${node["Actual Rows"]}`)
    }
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(plan.Plan)
  return { plan: scans.join(" + "), buffers: (plan.Plan["Shared Hit Blocks"] ?? 0) + (plan.Plan["Shared Read Blocks"] ?? 0), ms: plan["Execution Time"] }
}

export default async function run({ container }: ExecArgs) {
  const config = JSON.parse(process.env.REPORT_BENCH_CONFIG!) as Config
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const call = async (report: Report) => {
    const res = new BenchResponse()
    const schema = report.kind === "sales" ? AdminSalesReportQuery : AdminCommissionReportQuery
    const req: any = { scope: container, validatedQuery: schema.parse(report.query) }
    await (report.kind === "sales" ? salesReport : commissionReport)(req, res as any)
    return res
  }
  const baseline = () => knex.raw("SELECT count(*) FROM sales_fact")
  const periodCount = (report: Report) => {
    const p = parseReportPeriod(report.query, config.timezone)
    return knex.raw(
      report.kind === "sales"
        ? "SELECT count(*) FROM sales_fact WHERE placed_at >= ? AND placed_at < ?"
        : "SELECT count(*) FROM commission_entry WHERE created_at >= ? AND created_at < ? AND deleted_at IS NULL",
      [p.from, p.to]
    )
  }

  const results: any[] = []
  // Warm-up: every report and the baselines once.
  await baseline()
  for (const report of config.reports) {
    await call(report)
    await periodCount(report)
  }
  for (const report of config.reports) {
    const d: Record<string, number[]> = { report: [], baseline: [], period_count: [] }
    let last: BenchResponse | null = null
    for (let i = 0; i < config.samples; i++) {
      d.baseline.push(await time(baseline))
      d.report.push(await time(async () => (last = await call(report))))
      d.period_count.push(await time(() => periodCount(report)))
    }
    const body = (last as BenchResponse | null)?.body
    results.push({
      name: report.name,
      durations: d,
      rows: body?.rows?.length ?? null,
      count: body?.count ?? null,
      bytes: (last as BenchResponse | null)?.bytes ?? 0,
      totals: body?.totals ?? null,
    })
  }

  // EXPLAIN (ANALYZE, BUFFERS) of each report's SQL.
  const plans: any[] = []
  for (const report of config.reports) {
    if (report.query.format && report.query.format !== "json") continue
    const q: any = (report.kind === "sales" ? AdminSalesReportQuery : AdminCommissionReportQuery).parse(report.query)
    const period = parseReportPeriod(q, config.timezone)
    const page = { limit: q.limit, offset: q.offset }
    const statements =
      report.kind === "sales"
        ? {
            rows: salesRowsSql(q.group_by, period, { currency_code: q.currency_code, dealer_id: q.dealer_id, tier_id: q.tier_id, region_id: q.region_id }, page),
            totals: salesTotalsSql(period, { currency_code: q.currency_code, dealer_id: q.dealer_id, tier_id: q.tier_id, region_id: q.region_id }),
          }
        : {
            rows: commissionRowsSql(q.group_by, period, { currency_code: q.currency_code, dealer_id: q.dealer_id }, page),
            totals: commissionTotalsSql(period, { currency_code: q.currency_code, dealer_id: q.dealer_id }),
          }
    for (const [part, s] of Object.entries(statements)) {
      const { rows } = await knex.raw(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.sql}`, s.bindings as any[])
      plans.push({ query: `${report.name} [${part}]`, ...summarizePlan(rows[0]["QUERY PLAN"][0]) })
    }
  }
  const { rows: base } = await knex.raw("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT count(*) FROM sales_fact")
  plans.push({ query: "baseline SELECT count(*) FROM sales_fact", ...summarizePlan(base[0]["QUERY PLAN"][0]) })

  writeFileSync(process.env.REPORT_BENCH_OUT!, JSON.stringify({ results, plans }))
}
