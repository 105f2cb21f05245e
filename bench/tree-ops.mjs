// Benchmark 4 (#9): tree operations on a network of 100,000 dealers — the
// upline of a dealer at depth N, the whole downline of the root (and its
// count), moving a subtree of 10,000 dealers — through the plugin's real code
// (module service, moveDealerWorkflow), each against the plain SQL doing the
// same read/update, measured interleaved in the same run.
//
//   node bench/tree-ops.mjs [--dealers 100000] [--subtree 10000] [--upline-runs 40]
//                           [--downline-runs 8] [--move-runs 6] [--keep-db]
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { freshDatabase, medusa } from "./lib/database.mjs"
import { machineInfo, printReport, summarize } from "./lib/report.mjs"
import { generateTree } from "./tree-ops/generate.mjs"

const { values: opts } = parseArgs({
  options: {
    dealers: { type: "string", default: "100000" },
    subtree: { type: "string", default: "10000" },
    "upline-runs": { type: "string", default: "40" },
    "downline-runs": { type: "string", default: "8" },
    "move-runs": { type: "string", default: "6" },
    "keep-db": { type: "boolean", default: false },
  },
})
const MAX_DEPTH = 10
// Deep networks (over 3 levels) need the explicit opt-in.
const DISTRIBUTION_OPTIONS = JSON.stringify({ max_depth: MAX_DEPTH, allow_deep_network: true })

const db = await freshDatabase("tree", { env: { DISTRIBUTION_OPTIONS } })
const dir = mkdtempSync(join(tmpdir(), "bench-tree-"))
try {
  let t = Date.now()
  const tree = await generateTree(db.url, { size: Number(opts.dealers), subtree: Number(opts.subtree), maxDepth: MAX_DEPTH })
  console.error(`[tree-ops] ${tree.total} dealers written and analyzed in ${((Date.now() - t) / 1000).toFixed(1)} s; per depth ${JSON.stringify(tree.depthCounts)}`)
  const uplineDepths = [2, 3, 5, 7, 10].filter((d) => tree.uplineSamples[d])
  const plan = {
    ...tree,
    uplineDepths,
    uplineRuns: Number(opts["upline-runs"]),
    downlineRuns: Number(opts["downline-runs"]),
    moveRuns: Number(opts["move-runs"]),
  }
  writeFileSync(join(dir, "plan.json"), JSON.stringify(plan))
  t = Date.now()
  await medusa(["exec", "./bench/tree-ops/run.ts"], {
    DATABASE_URL: db.url,
    DISTRIBUTION_OPTIONS,
    BENCH_PLAN: join(dir, "plan.json"),
    BENCH_OUT: join(dir, "out.json"),
    LOG_LEVEL: "error",
  })
  console.error(`[tree-ops] measured in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  const out = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"))

  const rows = []
  const ratios = []
  const row = (operation, size, plugin, sql) => {
    const p = summarize(plugin)
    const s = summarize(sql)
    rows.push({
      operation,
      size,
      "plugin p50 ms": p.p50,
      "plugin p95 ms": p.p95,
      "SQL p50 ms": s.p50,
      "SQL p95 ms": s.p95,
      "plugin/SQL p50": p.p50 / s.p50,
      n: p.n,
    })
    return p.p50 / s.p50
  }
  for (const depth of uplineDepths) {
    const u = out.upline[depth]
    const r = row(`upline of a dealer at depth ${depth} (listUpline)`, `${u.length} dealers`, u.service, u.sql)
    ratios.push({ name: `upline at depth ${depth}: listUpline / plain SQL (p50)`, value: r })
  }
  const notes = []
  if (out.downline.error) {
    notes.push(`listDownline(root of ${tree.downline}) FAILED: ${out.downline.error}`)
  } else {
    const r = row(`whole downline of the root (listDownline)`, `${out.downline.length} dealers`, out.downline.service, out.downline.sql)
    ratios.push({ name: `whole downline (${out.downline.length}): listDownline / plain SQL (p50)`, value: r })
  }
  for (const [name, r] of Object.entries(out.route ?? {})) {
    const v = row(`admin downline route read, ${name} (listDownlinePage: ${r.levels} levels, limit ${r.limit})`, `${r.length} of ${r.total} dealers`, r.service, r.sql)
    ratios.push({ name: `admin downline route read, ${name} (${r.length} of ${r.total}): listDownlinePage / plain SQL (p50)`, value: v })
  }
  const rc = row(`downline count of the root (countDownlines)`, `${out.count.total} dealers`, out.count.service, out.count.sql)
  ratios.push({ name: `downline count: countDownlines / plain SQL count(*) (p50)`, value: rc })
  const rm = row(`move a subtree (moveDealerWorkflow)`, `${out.move.moved} dealers`, out.move.workflow, out.move.sql)
  ratios.push({ name: `subtree move (${out.move.moved}): moveDealerWorkflow / plain SQL UPDATE (p50)`, value: rm })
  if (out.move.final_subtree_size !== Number(opts.subtree)) notes.push(`subtree size after the moves is ${out.move.final_subtree_size}, expected ${opts.subtree}`)
  notes.push(`tree: ${tree.total} dealers (root + ${tree.downline} downline), max_depth ${MAX_DEPTH} (allow_deep_network), dealers per depth ${JSON.stringify(tree.depthCounts)}`)
  notes.push("plain SQL: one statement per read (upline via the path's ids, downline via the path prefix, both joined to the tier as the service returns it); the move is the same UPDATE under the same advisory lock")
  notes.push("issue #9 sets no numeric target for the tree operations: the ratios show what the plugin's code adds to the bare SQL. listDownline and the admin downline route read plain rows (one path-prefix query joined to the tier, no ORM entities; it was 12 s / 12.7× for 100,000 dealers when it built MikroORM entities); the plain SQL selects the same columns")
  notes.push("the admin downline route returns at most `limit` dealers (default 2,000, at most 20,000), nearest levels first, with `count` (the whole downline to that depth) and `truncated`")
  notes.push("moves alternate the subtree between two parents at the same depth: the workflow one way, the SQL the other, in alternating order")
  printReport({
    title: "Tree operations (benchmark 4)",
    command: `npm run bench:tree -- ${process.argv.slice(2).join(" ")}`.trim(),
    machine: machineInfo(db.url),
    rows,
    ratios,
    notes,
  })
} finally {
  rmSync(dir, { recursive: true, force: true })
  if (!opts["keep-db"]) await db.drop()
}
