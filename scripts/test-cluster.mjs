// The production topology under load and a crash (#8): one `server` and two
// `worker` Medusa processes (MEDUSA_WORKER_MODE) on one PostgreSQL database
// and one Redis (event bus, workflow engine, cache, locking: REDIS_URL).
// Storefront checkouts with referral codes run concurrently through the
// server's HTTP API, with fulfilments, returns, refunds and cancellations
// through the admin API and a manual payout batch (create, approve, mark
// paid); one worker is SIGKILLed in the middle and started again. When the
// workers' order.placed / reversal work has drained, the ledger checker
// (`npm run verify:ledger`) and the test's own exactly-once checks run.
//
//   npm run test:cluster -- [--orders 200] [--concurrency 8] [--seed 1] [--kill-at 0.4] [--workers 2]
//                           [--lock-fault 75] [--drain-timeout 600] [--keep]
//
// --lock-fault S: before the first refund, the refunded order's commission
// lock is taken in Redis for S seconds, as a worker SIGKILLed inside the
// accrual or reversal would leave it (0: off). The refund's reversal must
// still land: the event is retried until the lock has expired.
//
// PostgreSQL: DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD (as the tests);
// Redis: CLUSTER_REDIS_URL (default redis://127.0.0.1:6379), of which the test
// claims an empty logical database (15 down to 1) and empties it at the end.
// Exit code 0 when every check holds; 1 otherwise. --keep leaves the
// database, the Redis database and the logs (printed) for inspection.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { spawn } from "node:child_process"
import { parseArgs } from "node:util"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { DB } from "../bench/lib/database.mjs"
import { seededRandom } from "../bench/lib/report.mjs"
import { ROOT } from "./lib/medusa.mjs"
import { databaseUrl, dropDatabase, ensureDatabase } from "./lib/postgres.mjs"
import { adminClient, retried } from "./cluster/api.mjs"
import { busyEventWorkerPids, waitForDrain, eventQueueConsumers, eventQueueCounts, queueHistory, EVENT_QUEUE } from "./cluster/drain.mjs"
import { exactlyOnceChecks } from "./cluster/exactly-once.mjs"
import { cancel, fulfil, getOrder, matureNow, refund, returnItems } from "./cluster/order-ops.mjs"
import { cancelOpenBatches, ensureBankAccounts, runManualBatch } from "./cluster/payouts.mjs"
import { clusterProcess, medusaToLog, stopCommands } from "./cluster/processes.mjs"
import { claimRedisDatabase } from "./cluster/redis-namespace.mjs"
import { checkout } from "./cluster/storefront.mjs"

const { values: opts } = parseArgs({
  options: {
    orders: { type: "string", default: "200" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: "1" },
    "kill-at": { type: "string", default: "0.4" },
    workers: { type: "string", default: "2" },
    "drain-timeout": { type: "string", default: "600" },
    "lock-fault": { type: "string", default: "75" },
    keep: { type: "boolean", default: false },
  },
})
const ORDERS = Number(opts.orders)
const CONCURRENCY = Number(opts.concurrency)
const SEED = Number(opts.seed)
const KILL_AT = Number(opts["kill-at"])
const WORKERS = Number(opts.workers)
const LOCK_FAULT_SECONDS = Number(opts["lock-fault"])
/** Medusa's locking-redis key of the plugin's per-order commission lock (src/workflows/commission/utils/order-lock.ts). */
const orderLockKey = (orderId) => `medusa_lock:medusa-plugin-distribution:commission:order:${orderId}`
const VERIFY_SCRIPT = path.join(ROOT, "scripts", "verify-ledger.mjs")
const SEED_SCRIPT = path.join(ROOT, "bench", "checkout-overhead", "seed-plugin.ts")
/** The demo seed's dealers: every one is a live referral code. */
const CODES = ["HZ001", "SH001", "NB101", "SX101", "SZ101", "NB201", "SX201", "SZ201"]
const SKUS = ["LJ-250", "LJ-500", "AJ-250", "AJ-500", "JQ-200", "JS-GIFT", "YX-SET"]

const started = Date.now()
const elapsed = () => (Date.now() - started) / 1000
const log = (message) => console.log(`[cluster ${elapsed().toFixed(0).padStart(4)}s] ${message}`)

/** The seeded plan of one order: lines, referral code (10 % without), what the merchant does afterwards. */
function planOrders(n, seed) {
  const random = seededRandom(seed)
  return Array.from({ length: n }, (_, i) => {
    const lines = 1 + Math.floor(random() * 3)
    const skus = [...SKUS].sort(() => random() - 0.5).slice(0, lines)
    const r = random()
    const s = random()
    let after = "none"
    if (r < 0.06) after = "cancel"
    else if (r < 0.5) after = s < 0.25 ? "return" : s < 0.45 ? "refund" : s < 0.8 ? "mature" : "fulfil"
    return {
      index: i,
      email: `cluster-${seed}-${i}@cluster.test`,
      code: random() < 0.9 ? CODES[Math.floor(random() * CODES.length)] : null,
      items: skus.map((sku) => ({ sku, quantity: 1 + Math.floor(random() * 3) })),
      after,
    }
  })
}

/** Runs `node scripts/verify-ledger.mjs --database-url <url>`; resolves to its exit code and output. */
function runVerifier(url) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VERIFY_SCRIPT, "--database-url", url], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => resolve({ code: code ?? 1, output }))
  })
}

/** Polls the DB until the order's commission record exists (the worker's accrual), up to `timeoutMs`. */
async function waitForAccrual(db, orderId, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const { rows } = await db.query(
      `SELECT (SELECT commissionable FROM distribution_order_attribution WHERE order_id = $1 AND deleted_at IS NULL) AS commissionable,
              EXISTS (SELECT 1 FROM commission_order WHERE order_id = $1 AND deleted_at IS NULL) AS accrued`,
      [orderId]
    )
    if (rows[0].accrued) return true
    if (rows[0].commissionable === false) return false
    await sleep(500)
  }
  return false
}

const processes = []
let database = null
/** The test's own PostgreSQL client (closed before the database is dropped). */
let db = null
let redisDb = null
let logDir = null
let exitCode = 0
let cleaning = null
/** Stops, drops and empties everything once; every caller waits for the same run. */
const cleanup = () => (cleaning ??= cleanupOnce())
const cleanupOnce = async () => {
  await Promise.all([...processes.map((p) => p.stop()), stopCommands()])
  await db?.end().catch(() => {})
  if (opts.keep) {
    log(`kept: database ${database?.url}, Redis ${redisDb?.url}, logs ${logDir}`)
    return
  }
  if (database) await dropDatabase(database.url).catch((e) => console.error(`dropping ${database.url}: ${e.message}`))
  if (redisDb) await redisDb.release().catch((e) => console.error(`emptying ${redisDb.url}: ${e.message}`))
  if (logDir) {
    if (exitCode === 0) rmSync(logDir, { recursive: true, force: true })
    else log(`process logs kept for the failure: ${logDir}`)
  }
}
process.on("unhandledRejection", async (error) => {
  console.error(error)
  exitCode = 1
  await cleanup()
  process.exit(1)
})
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    exitCode = 130
    await cleanup()
    process.exit(130)
  })
}

const summary = { errors: [] }
try {
  // ── Database and Redis of the test's own ──────────────────────────────────
  const url = databaseUrl(DB, `cluster_${process.pid}`)
  await ensureDatabase(url)
  database = { url }
  redisDb = await claimRedisDatabase(process.env.CLUSTER_REDIS_URL || "redis://127.0.0.1:6379")
  logDir = mkdtempSync(path.join(tmpdir(), "medusa-cluster-"))
  log(`database ${url.replace(/:[^:@/]*@/, ":***@")}, Redis ${redisDb.url}, logs ${logDir}`)

  // Migrate and seed without Redis: the seed's own events are handled in its process.
  const baseEnv = { ...process.env, NODE_ENV: "production", DISABLE_MEDUSA_ADMIN: "true", MEDUSA_DISABLE_TELEMETRY: "true" }
  baseEnv.REDIS_URL = "" // (an inherited one would win over a deleted key)
  const idsFile = path.join(logDir, "ids.json")
  log("migrating and seeding (catalog with deep stock + demo dealers, plan, payouts) …")
  await medusaToLog(["db:migrate"], { ...baseEnv, DATABASE_URL: url }, path.join(logDir, "migrate.log"))
  await medusaToLog(["exec", SEED_SCRIPT], { ...baseEnv, DATABASE_URL: url, CHECKOUT_BENCH_OUT: idsFile }, path.join(logDir, "seed.log"))
  const ids = JSON.parse(readFileSync(idsFile, "utf8"))

  // ── The cluster: workers first (they consume), then the server ───────────
  const env = { ...baseEnv, DATABASE_URL: url, REDIS_URL: redisDb.url, LOG_LEVEL: "info" }
  const workers = Array.from({ length: WORKERS }, (_, i) => clusterProcess({ name: `worker-${i + 1}`, mode: "worker", env, logDir }))
  const server = clusterProcess({ name: "server-1", mode: "server", env, logDir })
  processes.push(...workers, server)
  log(`starting ${WORKERS} workers and 1 server (medusa start, MEDUSA_WORKER_MODE=worker|server) …`)
  await Promise.all(processes.map((p) => p.start()))
  log(`up: ${processes.map((p) => `${p.name} :${p.port}`).join(", ")}`)

  db = new pg.Client({ connectionString: url })
  db.on("error", () => {}) // the drop at the end terminates it
  await db.connect()
  const redis = redisDb.client()
  const admin = await adminClient(server.baseUrl)
  const dealers = (await db.query("SELECT id, code FROM distribution_dealer WHERE deleted_at IS NULL ORDER BY code")).rows
  await ensureBankAccounts(admin, dealers)
  summary.canceled_demo_batches = await cancelOpenBatches(admin)

  // ── Load: checkouts + the merchant's follow-ups, C clients at once ────────
  const plans = planOrders(ORDERS, SEED)
  const orders = [] // { id, code, canceled, returned, refunded, matured }
  const counts = { placed: 0, fulfilled: 0, returns: 0, refunds: 0, cancels: 0, matured: 0 }
  let next = 0
  let done = 0
  const kill = { at: null, active: null, restarted_in: null, victim: workers[0]?.name }
  const lockFault = { order_id: null, set_at: null }
  let killPromise = null
  let payoutPromise = null
  const killIndex = Math.floor(ORDERS * KILL_AT)
  const payoutIndex = Math.floor(ORDERS * Math.min(0.95, KILL_AT + 0.25))

  /**
   * SIGKILLs worker-1 mid-subscriber: waits (up to a minute) until some worker
   * has just taken an order.placed job (processedOn < 300 ms ago: its
   * subscribers take seconds), so the kill most likely lands inside the
   * attribution/accrual; the summary's "stalled" count says whether it did
   * (a stalled job is one whose worker died, which BullMQ hands to another).
   */
  const killAndRestart = async () => {
    let victim = workers[0]
    const deadline = Date.now() + 60_000
    let active = []
    while (Date.now() < deadline) {
      const ids = await redis.lrange(`${EVENT_QUEUE}:active`, 0, -1)
      active = []
      let fresh = false
      for (const id of ids) {
        const [name, processedOn] = await redis.hmget(`${EVENT_QUEUE}:${id}`, "name", "processedOn")
        active.push(`${name} (job ${id})`)
        if (name === "order.placed" && Date.now() - Number(processedOn) < 300) fresh = true
      }
      if (fresh) {
        // The busy worker: its event-bus connection is not blocked waiting for a job.
        const busy = await busyEventWorkerPids(redis)
        victim = workers.find((w) => busy.includes(w.pid)) ?? victim
        break
      }
      await sleep(25)
    }
    kill.victim = victim.name
    kill.at = elapsed()
    kill.active = active
    await victim.kill()
    log(`SIGKILLed ${victim.name}; event jobs active then (on any worker): ${active.join(", ") || "none"}`)
    const t = Date.now()
    await victim.start()
    kill.restarted_in = (Date.now() - t) / 1000
    log(`${victim.name} restarted in ${kill.restarted_in.toFixed(0)} s`)
  }

  const runPayouts = async () => {
    log("payout batch: create (manual, CNY), approve, mark each payout paid …")
    const result = await runManualBatch(admin)
    summary.payouts = result
    log(`payout batch ${result.batch_id}: ${result.status}, ${result.payouts} payouts ${JSON.stringify(result.by_status)}, total ${result.total_amount}`)
  }

  const afterLife = async (plan, order, orderId) => {
    if (plan.after === "none") return
    if (plan.after === "cancel") {
      await cancel(admin, orderId)
      order.canceled = true
      counts.cancels++
      return
    }
    const placed = await fulfil(admin, orderId)
    counts.fulfilled++
    if (plan.after === "return") {
      const line = placed.items[0]
      await returnItems(admin, orderId, [{ id: line.id, quantity: 1 }])
      order.returned = true
      counts.returns++
    } else if (plan.after === "refund") {
      const total = Number((await getOrder(admin, orderId)).total)
      if (LOCK_FAULT_SECONDS > 0 && !lockFault.order_id && (await waitForAccrual(db, orderId))) {
        // A dead worker's lock: owner "*" as acquireLockStep takes it, expiring on its own.
        lockFault.order_id = orderId
        if ((await redis.set(orderLockKey(orderId), "*", "EX", LOCK_FAULT_SECONDS, "NX")) !== "OK") {
          throw new Error(`the commission lock of ${orderId} was already taken`)
        }
        lockFault.set_at = new Date()
        log(`lock fault: commission lock of ${orderId} held for ${LOCK_FAULT_SECONDS} s, then refunding it`)
      }
      await refund(admin, orderId, Math.max(1, Math.floor(total * 0.3)))
      order.refunded = true
      counts.refunds++
    } else if (plan.after === "mature") {
      // The accrual is the worker's: wait for it, then make it available for the payout batch.
      if (await waitForAccrual(db, orderId)) {
        await matureNow(admin, orderId)
        order.matured = true
        counts.matured++
      }
    }
  }

  const loadStart = Date.now()
  log(`load: ${ORDERS} orders, ${CONCURRENCY} clients, seed ${SEED}; SIGKILL ${kill.victim} after ${killIndex} orders`)
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < plans.length) {
        const plan = plans[next++]
        try {
          const orderId = await checkout(server.baseUrl, ids, plan)
          const order = { id: orderId, code: plan.code, after: plan.after }
          orders.push(order)
          counts.placed++
          if (counts.placed === killIndex && !killPromise && WORKERS > 0) killPromise = killAndRestart()
          await afterLife(plan, order, orderId)
        } catch (error) {
          summary.errors.push(`order #${plan.index} (${plan.after}): ${error.message}`)
        }
        done++
        if (done === payoutIndex && !payoutPromise) {
          payoutPromise = runPayouts().catch((e) => summary.errors.push(`payout batch: ${e.message}`))
        }
        if (done % 25 === 0) log(`${done}/${ORDERS} orders done (${JSON.stringify(counts)})`)
      }
    })
  )
  const loadSeconds = (Date.now() - loadStart) / 1000
  log(`load done in ${loadSeconds.toFixed(0)} s: ${JSON.stringify(counts)}`)
  await killPromise
  await payoutPromise

  // ── Drain ──────────────────────────────────────────────────────────────────
  log("waiting for the workers to drain (attribution, accrual, reversals; empty event queue) …")
  const drain = await waitForDrain(db, redis, orders, {
    timeoutMs: Number(opts["drain-timeout"]) * 1000,
    onProgress: (p) => log(`  outstanding ${JSON.stringify(p.outstanding)}, queue ${JSON.stringify(p.queue)}`),
  })
  log(`drain ${drain.drained ? "complete" : "INCOMPLETE"} after ${drain.seconds.toFixed(0)} s`)

  // ── Checks ─────────────────────────────────────────────────────────────────
  const checks = await exactlyOnceChecks(db, redis, { orders, batchId: summary.payouts?.batch_id })
  if (!drain.drained) {
    checks.unshift({
      name: `the workers drained within ${opts["drain-timeout"]} s`,
      checked: orders.length,
      violations: Object.entries(drain.missing)
        .filter(([, list]) => list.length)
        .map(([what, list]) => ({ message: `${list.length} orders still without ${what.replace("_", " ")}`, ids: list.slice(0, 20) })),
    })
  }
  if (lockFault.order_id) {
    const { rows } = await db.query(
      `SELECT min(created_at) AS at FROM commission_entry WHERE order_id = $1 AND kind = 'reversal'`,
      [lockFault.order_id]
    )
    lockFault.reversed_after = rows[0].at ? (new Date(rows[0].at) - lockFault.set_at) / 1000 : null
    checks.push({
      name: `the refund of an order whose commission lock a "dead worker" held ${LOCK_FAULT_SECONDS} s was reversed once the lock expired`,
      checked: 1,
      violations:
        lockFault.reversed_after !== null && lockFault.reversed_after >= LOCK_FAULT_SECONDS - 1
          ? []
          : [{ message: `${lockFault.order_id}: reversal ${lockFault.reversed_after === null ? "never written" : `written after ${lockFault.reversed_after} s, while the lock was held`}`, ids: [lockFault.order_id] }],
    })
  }
  const history = await queueHistory(redis)
  const consumers = await eventQueueConsumers(redis)
  checks.push({
    name: `only this test's ${WORKERS} workers consume its event queue`,
    checked: consumers,
    violations:
      consumers === WORKERS
        ? []
        : [{ message: `${consumers} consumers on ${redisDb.url}: another store shares this Redis database and may have taken events`, ids: [] }],
  })
  redis.disconnect()

  let verifier = null
  if (existsSync(VERIFY_SCRIPT)) {
    log("npm run verify:ledger -- --database-url <db>")
    verifier = await runVerifier(url)
    process.stdout.write(verifier.output.replace(/^/gm, "    "))
  } else {
    log("scripts/verify-ledger.mjs does not exist yet: only the cluster test's own checks ran")
  }

  // ── Summary ────────────────────────────────────────────────────────────────
  const failedChecks = checks.filter((c) => c.violations.length)
  const lines = [
    "",
    "═".repeat(78),
    `Cluster test: 1 server + ${WORKERS} workers, Redis ${redisDb.url}, seed ${SEED}`,
    `command: npm run test:cluster -- --orders ${ORDERS} --concurrency ${CONCURRENCY} --seed ${SEED} --kill-at ${KILL_AT} --lock-fault ${LOCK_FAULT_SECONDS}`,
    `orders placed ${counts.placed}/${ORDERS} (with referral ${orders.filter((o) => o.code).length}), fulfilled ${counts.fulfilled}, ` +
      `returns ${counts.returns}, refunds ${counts.refunds}, cancellations ${counts.cancels}, matured ${counts.matured}`,
    `load ${loadSeconds.toFixed(0)} s (${(counts.placed / loadSeconds).toFixed(1)} orders/s with follow-ups)`,
    summary.payouts
      ? `payout batch ${summary.payouts.batch_id}: ${summary.payouts.status}, ${summary.payouts.payouts} payouts ${JSON.stringify(summary.payouts.by_status)}, total ${summary.payouts.total_amount} CNY (${summary.canceled_demo_batches} demo draft batch canceled first)`
      : "payout batch: not run",
    kill.at !== null
      ? `SIGKILL ${kill.victim} at ${kill.at.toFixed(0)} s (after ${killIndex} orders), active jobs then: ${kill.active.join(", ") || "none"}; restarted in ${kill.restarted_in?.toFixed(0)} s`
      : "no worker killed",
    `drain after the load: ${drain.seconds.toFixed(0)} s (${drain.drained ? "complete" : "INCOMPLETE"})`,
    lockFault.order_id
      ? `lock fault: ${lockFault.order_id}'s commission lock held ${LOCK_FAULT_SECONDS} s before its refund; reversal written ${lockFault.reversed_after?.toFixed(0) ?? "never"} s after the lock was taken`
      : "lock fault: not injected",
    `event queue: ${history.counts.added} jobs added, ${history.counts.completed} completed, ${history.counts.stalled} stalled ` +
      `(worker died; run again elsewhere)${history.stalled.length ? `: ${history.stalled.join(", ")}` : ""}, ` +
      `${history.counts.retried} attempts retried after a failing subscriber, ${history.counts.failed} failed for good` +
      `${history.failed.length ? `: ${history.failed.join("; ")}` : ""} (BullMQ event stream, ${history.entries} entries)`,
    `requests retried after a 409 or a connection error: ${retried.size ? [...retried].map(([k, n]) => `${k} ×${n}`).join(", ") : "none"}`,
    `request errors: ${summary.errors.length}`,
    ...summary.errors.slice(0, 20).map((e) => `  ${e}`),
    "checks:",
    ...checks.flatMap((c) => [
      `  ${c.violations.length ? "FAIL" : "ok  "} ${c.name} (${c.checked} checked)`,
      ...c.violations.slice(0, 10).map((v) => `         ${v.message}`),
    ]),
    verifier
      ? `ledger checker (npm run verify:ledger): exit ${verifier.code} (${verifier.code === 0 ? "all invariants hold" : "VIOLATIONS"})`
      : "ledger checker: not available",
    `total ${elapsed().toFixed(0)} s`,
    "═".repeat(78),
  ]
  console.log(lines.join("\n"))
  if (summary.errors.length || failedChecks.length || !drain.drained || (verifier && verifier.code !== 0) || counts.placed !== ORDERS) {
    exitCode = 1
  }
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await cleanup()
}
process.exit(exitCode)
