// Run by bench/tree-ops.mjs as `medusa exec ./bench/tree-ops/run.ts`: times
// the tree reads and the subtree move through the plugin's real code, each
// interleaved with the plain SQL doing the same read/update. Reads the plan
// from BENCH_PLAN (JSON file), writes durations to BENCH_OUT.
import type { ExecArgs } from "@medusajs/framework/types"
import { readFileSync, writeFileSync } from "node:fs"
import pg from "pg"
import type DistributionModuleService from "../../src/modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../src/types/module-names"
import { moveDealerWorkflow } from "../../src/workflows/distribution/workflows/move-dealer"

type Plan = {
  root: string
  a: string
  b: string
  s: string
  uplineSamples: Record<string, string[]>
  uplineDepths: number[]
  uplineRuns: number
  downlineRuns: number
  moveRuns: number
}

const now = () => Number(process.hrtime.bigint()) / 1e6

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = now()
  const value = await fn()
  return [now() - start, value]
}

const UPLINE_SQL = `
  SELECT d.*, row_to_json(t) AS tier
    FROM distribution_dealer d JOIN distribution_dealer_tier t ON t.id = d.tier_id
   WHERE d.id = ANY (string_to_array(rtrim((SELECT path FROM distribution_dealer WHERE id = $1 AND deleted_at IS NULL), '/'), '/'))
     AND d.id <> $1 AND d.deleted_at IS NULL
   ORDER BY d.depth DESC`

// The same columns listDownline returns (the dealer's tree fields and its tier).
const DOWNLINE_SQL = `
  SELECT d.id, d.code, d.display_name, d.status, d.depth, d.parent_id, d.path, d.tier_id,
         t.id AS t_id, t.code AS t_code, t.name_en AS t_name_en, t.name_zh AS t_name_zh, t.rank AS t_rank
    FROM distribution_dealer d LEFT JOIN distribution_dealer_tier t ON t.id = d.tier_id AND t.deleted_at IS NULL
   WHERE d.path LIKE (SELECT path FROM distribution_dealer WHERE id = $1) || '_%' AND d.deleted_at IS NULL
   ORDER BY d.path`

// What GET /admin/distribution/dealers/:id/downline reads by default: 3 levels, at most 2,000 dealers.
const ROUTE_SQL = `
  SELECT count(*) OVER ()::int AS total_count, d.id, d.code, d.display_name, d.status, d.depth, d.parent_id, d.path, d.tier_id,
         t.id AS t_id, t.code AS t_code, t.name_en AS t_name_en, t.name_zh AS t_name_zh, t.rank AS t_rank
    FROM distribution_dealer d LEFT JOIN distribution_dealer_tier t ON t.id = d.tier_id AND t.deleted_at IS NULL
   WHERE d.path LIKE (SELECT path FROM distribution_dealer WHERE id = $1) || '_%' AND d.deleted_at IS NULL
     AND d.depth <= (SELECT depth FROM distribution_dealer WHERE id = $1) + $2
   ORDER BY d.depth, d.path LIMIT $3`

const COUNT_SQL = `
  SELECT count(*)::int AS total FROM distribution_dealer
   WHERE path LIKE (SELECT path FROM distribution_dealer WHERE id = $1) || '_%' AND deleted_at IS NULL`

export default async function run({ container }: ExecArgs) {
  const plan: Plan = JSON.parse(readFileSync(process.env.BENCH_PLAN!, "utf8"))
  const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const out: Record<string, unknown> = {}
  const log = (msg: string) => process.stderr.write(`[tree-ops] ${msg}\n`)

  // Upline of a dealer at depth N: service.listUpline vs one SQL statement.
  const upline: Record<string, { service: number[]; sql: number[]; length: number }> = {}
  for (const depth of plan.uplineDepths) {
    const ids = plan.uplineSamples[depth]
    const r = { service: [] as number[], sql: [] as number[], length: 0 }
    for (let i = 0; i < 3; i++) {
      await service.listUpline(ids[i])
      await client.query(UPLINE_SQL, [ids[i]])
    }
    for (let i = 0; i < plan.uplineRuns; i++) {
      const id = ids[i % ids.length]
      const order = i % 2 === 0
      const a = async () => {
        const [ms, list] = await timed(() => service.listUpline(id))
        r.service.push(ms)
        r.length = list.length
      }
      const b = async () => {
        const [ms, res] = await timed(() => client.query(UPLINE_SQL, [id]))
        r.sql.push(ms)
        if (res.rowCount !== r.length && r.length) throw new Error(`upline mismatch ${res.rowCount} vs ${r.length}`)
      }
      if (order) { await a(); await b() } else { await b(); await a() }
    }
    if (r.length !== depth - 1) throw new Error(`upline of a depth-${depth} dealer has ${r.length} dealers`)
    upline[depth] = r
    log(`upline depth ${depth} done`)
  }
  out.upline = upline

  // The whole downline of the root, and its count.
  const downline = { service: [] as number[], sql: [] as number[], length: 0, sqlLength: 0, error: null as string | null }
  const count = { service: [] as number[], sql: [] as number[], total: 0 }
  for (let i = 0; i < plan.downlineRuns; i++) {
    const warm = false // the upline phase warmed the code path; a 100,000-dealer warm-up costs too much
    const svc = async () => {
      try {
        const [ms, list] = await timed(() => service.listDownline(plan.root))
        if (!warm) downline.service.push(ms)
        downline.length = list.length
      } catch (e) {
        downline.error = String((e as Error).message ?? e).slice(0, 300)
      }
    }
    const sql = async () => {
      const [ms, res] = await timed(() => client.query(DOWNLINE_SQL, [plan.root]))
      if (!warm) downline.sql.push(ms)
      downline.sqlLength = res.rowCount ?? 0
    }
    if (i % 2 === 0) { await svc(); await sql() } else { await sql(); await svc() }
    log(`downline run ${i}: service ${downline.service.at(-1)?.toFixed(0)} ms, sql ${downline.sql.at(-1)?.toFixed(0)} ms`)
    if (downline.error) break
  }
  for (let i = 0; i < plan.downlineRuns + 1; i++) {
    const warm = i === 0
    const svc = async () => {
      const [ms, counts] = await timed(() => service.countDownlines([plan.root]))
      if (!warm) count.service.push(ms)
      count.total = counts[plan.root].total
    }
    const sql = async () => {
      const [ms] = await timed(() => client.query(COUNT_SQL, [plan.root]))
      if (!warm) count.sql.push(ms)
    }
    if (i % 2 === 0) { await svc(); await sql() } else { await sql(); await svc() }
  }
  // The admin downline route's read (listDownlinePage): the default 3 levels /
  // 2,000 dealers, and the whole tree at the route's largest page (10 levels / 20,000).
  const route: Record<string, { service: number[]; sql: number[]; length: number; total: number }> = {}
  for (const [name, levels, limit] of [["default", 3, 2000], ["largest", 10, 20000]] as const) {
    const r = { service: [] as number[], sql: [] as number[], length: 0, total: 0 }
    for (let i = 0; i < plan.downlineRuns * 3 + 1; i++) {
      const warm = i === 0
      const svc = async () => {
        const [ms, page] = await timed(() => service.listDownlinePage(plan.root, { maxLevels: levels, limit }))
        if (!warm) r.service.push(ms)
        r.length = page.dealers.length
        r.total = page.total
      }
      const sql = async () => {
        const [ms, res] = await timed(() => client.query(ROUTE_SQL, [plan.root, levels, limit]))
        if (!warm) r.sql.push(ms)
        if (r.length && res.rowCount !== r.length) throw new Error(`route page mismatch ${res.rowCount} vs ${r.length}`)
      }
      if (i % 2 === 0) { await svc(); await sql() } else { await sql(); await svc() }
    }
    route[name] = { ...r, levels, limit } as any
  }
  out.route = route
  out.downline = downline
  out.count = count
  log("downline/count done")

  // Moving the 10,000-dealer subtree S between A and B: moveDealerWorkflow one
  // way, the same UPDATE in plain SQL (under the same advisory lock) back.
  const move = { workflow: [] as number[], sql: [] as number[], moved: 0, sqlMoved: 0 }
  const sqlMove = async (toParent: string) => {
    await client.query("BEGIN")
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('medusa-plugin-distribution:dealer-tree'))`)
      const res = await client.query(
        `WITH s AS (SELECT id, path FROM distribution_dealer WHERE id = $1 AND deleted_at IS NULL),
              p AS (SELECT path, depth FROM distribution_dealer WHERE id = $2 AND deleted_at IS NULL)
         UPDATE distribution_dealer d
            SET path = p.path || substr(d.path, length(s.path) - length(s.id))
              , depth = d.depth + (p.depth + 1 - (SELECT depth FROM distribution_dealer WHERE id = $1))
              , parent_id = CASE WHEN d.id = s.id THEN $2 ELSE d.parent_id END
              , updated_at = now()
           FROM s, p
          WHERE d.path LIKE s.path || '%' AND d.deleted_at IS NULL`,
        [plan.s, toParent]
      )
      await client.query("COMMIT")
      return res.rowCount ?? 0
    } catch (e) {
      await client.query("ROLLBACK")
      throw e
    }
  }
  let under = plan.a
  const other = () => (under === plan.a ? plan.b : plan.a)
  for (let i = 0; i < plan.moveRuns + 1; i++) {
    const warm = i === 0
    // Each step moves S to the other parent; the workflow and the SQL take
    // turns going first.
    const wf = async () => {
      const to = other()
      const [ms, { result }] = await timed(() =>
        moveDealerWorkflow(container).run({ input: { id: plan.s, parent_id: to, reason: "bench" } })
      )
      if (!warm) move.workflow.push(ms)
      move.moved = result.moved_count
      under = to
    }
    const sql = async () => {
      const to = other()
      const [ms, n] = await timed(() => sqlMove(to))
      if (!warm) move.sql.push(ms)
      move.sqlMoved = n
      under = to
    }
    if (i % 2 === 0) { await wf(); await sql() } else { await sql(); await wf() }
    log(`move run ${i}: workflow ${move.workflow.at(-1)?.toFixed(0)} ms, sql ${move.sql.at(-1)?.toFixed(0)} ms`)
  }
  const check = await client.query(
    `SELECT count(*)::int AS n, bool_and(p.path || substr(d.path, length(p.path) + 1) = d.path) AS ok
       FROM distribution_dealer d, (SELECT path FROM distribution_dealer WHERE id = $1) p
      WHERE d.path LIKE p.path || '%'`,
    [plan.s]
  )
  const parent = await client.query(`SELECT parent_id, path FROM distribution_dealer WHERE id = $1`, [plan.s])
  out.move = { ...move, final_subtree_size: check.rows[0].n, final_parent: parent.rows[0].parent_id }

  await client.end()
  writeFileSync(process.env.BENCH_OUT!, JSON.stringify(out))
}
