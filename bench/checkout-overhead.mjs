// Checkout overhead (#9): the full storefront checkout (cart → items →
// address → shipping → payment collection → session → complete) on the
// development store with the plugin and a referral code, against the same
// Medusa without the plugin (a stock project generated under .bench/), on the
// same machine, with the same catalog and the same seeded checkouts. Both
// stores run at once (`medusa start`, NODE_ENV=production, admin disabled) in
// one of two topologies, the same for both stores:
//
// - shared: one process per store (MEDUSA_WORKER_MODE=shared) with the
//   in-memory event bus / workflow engine / cache / locking: the order.placed
//   subscribers run in the process serving the next checkouts;
// - split (production): per store one `server` process and one `worker`
//   process (MEDUSA_WORKER_MODE=server / worker) on Redis (REDIS_URL, a
//   private logical database per store): Redis event bus, workflow engine,
//   cache and locking (medusa-config.ts switches to them when REDIS_URL is
//   set; the stock store's config gets the same modules), so the subscribers
//   run on the worker.
//
// Rounds alternate between the stores, and before each round the previous
// round's order.placed work (attribution + commission accrual, async) has
// drained, so one store's backlog never runs during the other's round. With
// --topology both (the default) the shared topology is measured first, then
// the split one, on the same databases.
//
//   npm run bench:checkout -- [--topology both|shared|split] [--checkouts 200] [--rounds 8]
//        [--concurrency 4] [--seed 9] [--plain] [--budget 300]
//        [--redis-url redis://127.0.0.1:6379] [--redis-dbs 13,14]
//
// --checkouts is per variant; variants: stock and plugin + referral code,
// with --plain also the plugin store without a referral code. Every one of
// the --rounds runs: when the rounds so far say the rest would not fit in
// --budget seconds per topology, the remaining rounds get fewer checkouts
// (down to 2 per client), so the interleaving still spans the whole run on
// a slow day; 0: no limit. The report gives the checkouts each round had.
// --redis-dbs are the logical databases of the plugin and the stock store:
// they must be empty, and are flushed after the run.
import { spawn } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { createRequire } from "node:module"
import { constants } from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { DB, freshDatabase } from "./lib/database.mjs"
import { machineInfo, printReport, seededRandom, summarize } from "./lib/report.mjs"
import { ROOT, stopMedusa, waitForHealth } from "../scripts/lib/medusa.mjs"
import { databaseUrl, dropDatabase, ensureDatabase } from "../scripts/lib/postgres.mjs"

const { values: opts } = parseArgs({
  options: {
    checkouts: { type: "string", default: "200" },
    rounds: { type: "string", default: "8" },
    budget: { type: "string", default: "300" },
    topology: { type: "string", default: "both" },
    "redis-url": { type: "string", default: process.env.BENCH_REDIS_URL || process.env.REDIS_URL || "redis://127.0.0.1:6379" },
    "redis-dbs": { type: "string", default: "13,14" },
    concurrency: { type: "string", default: "4" },
    warmup: { type: "string", default: "12" },
    seed: { type: "string", default: "9" },
    plain: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
})
const CHECKOUTS = Number(opts.checkouts)
const ROUNDS = Number(opts.rounds)
const CONCURRENCY = Number(opts.concurrency)
const WARMUP = Number(opts.warmup)
const SEED = Number(opts.seed)
/** Seconds a topology's measured rounds should take: later rounds shrink to fit it (see roundSize). */
const BUDGET = Number(opts.budget)
const PER_ROUND = Math.ceil(CHECKOUTS / ROUNDS)
const TOPOLOGIES = opts.topology === "both" ? ["shared", "split"] : [opts.topology]
if (!TOPOLOGIES.every((t) => t === "shared" || t === "split")) {
  console.error(`--topology must be both, shared or split (got ${opts.topology})`)
  process.exit(2)
}
const REDIS_DBS = opts["redis-dbs"].split(",").map(Number)
/** The Redis URL of one store's private logical database. */
function redisUrlFor(kind) {
  const url = new URL(opts["redis-url"])
  url.pathname = `/${REDIS_DBS[kind === "plugin" ? 0 : 1]}`
  return url.toString()
}

const MEDUSA_CLI = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js")
const WORK = path.join(ROOT, ".bench", "checkout-overhead")
const STOCK_DIR = path.join(WORK, "stock")
const SEED_SCRIPT = path.join(ROOT, "bench", "checkout-overhead", "seed-catalog.ts")
/** The same catalog, then src/scripts/seed-demo.ts (dealers, plan, …), in one `medusa exec`. */
const PLUGIN_SEED_SCRIPT = path.join(ROOT, "bench", "checkout-overhead", "seed-plugin.ts")
/** The demo seed's dealers: every one is a live referral code. */
const CODES = ["HZ001", "SH001", "NB101", "SX101", "SZ101", "NB201", "SX201", "SZ201"]
const SKUS = ["LJ-250", "LJ-500", "AJ-250", "AJ-500", "JQ-200", "JS-GIFT", "YX-SET"]
const ADDRESS = {
  first_name: "演示",
  last_name: "买家",
  address_1: "西湖区文三路 100 号",
  city: "杭州 Hangzhou",
  postal_code: "310000",
  country_code: "cn",
  phone: "13700000000",
}

const SERVER_ENV = {
  NODE_ENV: "production",
  DISABLE_MEDUSA_ADMIN: "true",
  MEDUSA_WORKER_MODE: "shared",
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "error",
  // Every scripted checkout visits from 127.0.0.1: the referral rate limiter stays on (its cost is measured) with a budget no run reaches.
  DISTRIBUTION_OPTIONS: JSON.stringify({ referral_rate_limit: { per_ip: 1_000_000_000, per_visitor: 1_000_000_000 } }),
}
const baseEnv = () => {
  const env = { ...process.env, ...SERVER_ENV }
  delete env.REDIS_URL // in-memory modules for both stores
  return env
}

/** `medusa <args>` in `cwd`, in a process group of its own (as scripts/lib/medusa.mjs does for ROOT). */
function spawnIn(cwd, args, env, stdio = ["ignore", "ignore", "inherit"]) {
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd, env, stdio, detached: true })
  child.exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? 128 + constants.signals[signal]))
    child.once("error", () => resolve(1))
  })
  return child
}

async function runIn(cwd, args, env) {
  const code = await spawnIn(cwd, args, env, ["ignore", opts.verbose ? "inherit" : "ignore", "inherit"]).exited
  if (code !== 0) throw new Error(`medusa ${args.join(" ")} (in ${cwd}) exited with ${code}`)
}

/**
 * The stock store: a Medusa project with the dev store's projectConfig and
 * no plugin (no modules, an empty src/), sharing the repository's
 * node_modules. Generated at every run under .bench/ (git-ignored).
 */
function writeStockProject() {
  rmSync(STOCK_DIR, { recursive: true, force: true })
  mkdirSync(path.join(STOCK_DIR, "src"), { recursive: true })
  symlinkSync(path.join(ROOT, "node_modules"), path.join(STOCK_DIR, "node_modules"))
  writeFileSync(
    path.join(STOCK_DIR, "package.json"),
    JSON.stringify(
      {
        name: "bench-stock-medusa-store",
        private: true,
        version: "0.0.0",
        // The CLI recognises a Medusa project by these; node_modules is the repository's.
        dependencies: {
          "@medusajs/cli": "2.21.2",
          "@medusajs/framework": "2.21.2",
          "@medusajs/medusa": "2.21.2",
        },
      },
      null,
      2
    )
  )
  writeFileSync(path.join(STOCK_DIR, "tsconfig.json"), readFileSync(path.join(ROOT, "tsconfig.json")))
  // The dev store's medusa-config.ts without the plugin's modules: the same
  // projectConfig and the same Redis modules when REDIS_URL is set.
  writeFileSync(
    path.join(STOCK_DIR, "medusa-config.ts"),
    `import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.WORKFLOW_ENGINE, resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { id: "locking-redis", resolve: "@medusajs/medusa/locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  },
  modules: redisModules,
})
`
  )
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Migrates and seeds one store's database; returns the ids the clients use. */
async function prepareStore(kind) {
  const env = baseEnv()
  const out = path.join(WORK, `${kind}-ids.json`)
  let db
  if (kind === "plugin") {
    db = await freshDatabase("checkout_plugin", { migrate: false })
    databases.push(db)
    await runIn(ROOT, ["db:migrate"], { ...env, DATABASE_URL: db.url })
    env.DATABASE_URL = db.url
    await runIn(ROOT, ["exec", PLUGIN_SEED_SCRIPT], { ...env, CHECKOUT_BENCH_OUT: out })
  } else {
    const url = databaseUrl(DB, `bench_checkout_stock_${process.pid}`)
    await ensureDatabase(url)
    db = { url, drop: () => dropDatabase(url) }
    databases.push(db)
    env.DATABASE_URL = url
    await runIn(STOCK_DIR, ["db:migrate"], env)
    await runIn(STOCK_DIR, ["exec", SEED_SCRIPT], { ...env, CHECKOUT_BENCH_OUT: out })
  }
  return { db, ids: JSON.parse(readFileSync(out, "utf8")) }
}

/**
 * Starts one store in a topology: `shared` is one process with the in-memory
 * modules; `split` is a `server` and a `worker` process on the store's Redis
 * database. Requests go to the first process (the server).
 */
async function startStore(kind, dbUrl, topology) {
  const cwd = kind === "plugin" ? ROOT : STOCK_DIR
  const modes = topology === "split" ? ["server", "worker"] : ["shared"]
  const processes = await Promise.all(
    modes.map(async (mode) => {
      const port = await freePort()
      const env = { ...baseEnv(), DATABASE_URL: dbUrl, PORT: String(port), MEDUSA_WORKER_MODE: mode }
      if (topology === "split") env.REDIS_URL = redisUrlFor(kind)
      const child = spawnIn(cwd, ["start", "--port", String(port)], env)
      children.push(child)
      const baseUrl = `http://127.0.0.1:${port}`
      await waitForHealth(baseUrl, child, 300_000)
      return { child, baseUrl, mode }
    })
  )
  return { baseUrl: processes[0].baseUrl, processes, children: processes.map((p) => p.child) }
}

async function stopStore(server) {
  await Promise.all(
    server.children.map(async (child) => {
      await stopMedusa(child).catch(() => {})
      children.splice(children.indexOf(child), 1)
    })
  )
}

/** The Redis client library Medusa's Redis modules use (a dependency of theirs). */
async function redisClient() {
  const require = createRequire(createRequire(import.meta.url).resolve("@medusajs/event-bus-redis/package.json"))
  const Redis = require("ioredis")
  return Redis
}

/**
 * Checks that the stores' logical Redis databases are empty (they are the
 * benchmark's own) and returns a function that empties them again.
 */
async function claimRedisDatabases() {
  const Redis = await redisClient()
  const clients = ["plugin", "stock"].map((kind) => new Redis(redisUrlFor(kind), { lazyConnect: true, maxRetriesPerRequest: 1 }))
  try {
    for (const client of clients) {
      await client.connect()
      const size = await client.dbsize()
      if (size > 0) {
        throw new Error(
          `Redis logical database ${client.options.db} at ${opts["redis-url"]} holds ${size} keys: pass --redis-dbs with two empty databases`
        )
      }
    }
  } catch (error) {
    clients.forEach((c) => c.disconnect())
    throw error
  }
  return async () => {
    for (const client of clients) {
      await client.flushdb().catch(() => {})
      client.disconnect()
    }
  }
}

/** The seeded checkouts of one round: identical for every variant. */
/** (Each topology checks out its own buyers: the e-mails name it.) */
function planRound(round, n, topology = "shared") {
  const random = seededRandom(SEED * 1000 + round)
  return Array.from({ length: n }, (_, i) => {
    const lines = 1 + Math.floor(random() * 3)
    const skus = [...SKUS].sort(() => random() - 0.5).slice(0, lines)
    return {
      email: `bench-${topology}-${round}-${i}@checkout.test`,
      items: skus.map((sku) => ({ sku, quantity: 1 + Math.floor(random() * 2) })),
      code: CODES[Math.floor(random() * CODES.length)],
    }
  })
}

async function request(baseUrl, headers, method, url, body) {
  const response = await fetch(baseUrl + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/**
 * One storefront checkout, as integration-tests/helpers/order-lifecycle.ts
 * placeOrder + addShippingMethod do it; with `referral`, the shopper arrived
 * through the dealer's link (POST /store/distribution/referrals/visit) right
 * after the cart was made. Returns per-step durations in ms.
 */
async function checkout(store, plan, referral) {
  const { baseUrl, ids } = store
  const headers = { "x-publishable-api-key": ids.publishable_key }
  const steps = {}
  const step = async (name, fn) => {
    const t = performance.now()
    const result = await fn()
    steps[name] = (steps[name] ?? 0) + performance.now() - t
    return result
  }
  const t0 = performance.now()
  const { cart } = await step("create_cart", () =>
    // A new guest per variant and checkout: a buyer bound to a dealer by a
    // referral order must not turn the no-referral variant's orders into
    // attributed (binding) ones.
    request(baseUrl, headers, "POST", "/store/carts", {
      region_id: ids.region_id,
      email: plan.email.replace("@", referral ? "-ref@" : "@"),
    })
  )
  if (referral) {
    await step("referral_visit", () =>
      request(baseUrl, headers, "POST", "/store/distribution/referrals/visit", { code: plan.code, cart_id: cart.id })
    )
  }
  for (const item of plan.items) {
    await step("add_items", () =>
      request(baseUrl, headers, "POST", `/store/carts/${cart.id}/line-items`, {
        variant_id: ids.variants[item.sku],
        quantity: item.quantity,
      })
    )
  }
  await step("address", () => request(baseUrl, headers, "POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS }))
  await step("shipping", () =>
    request(baseUrl, headers, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: ids.shipping_option_id })
  )
  const { payment_collection } = await step("payment", () =>
    request(baseUrl, headers, "POST", "/store/payment-collections", { cart_id: cart.id })
  )
  await step("payment", () =>
    request(baseUrl, headers, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
  )
  const completed = await step("complete", () => request(baseUrl, headers, "POST", `/store/carts/${cart.id}/complete`, {}))
  if (completed.type !== "order") throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(completed).slice(0, 300)}`)
  steps.total = performance.now() - t0
  steps.total_without_visit = steps.total - (steps.referral_visit ?? 0)
  return steps
}

/**
 * CPU seconds (user + system) used so far by every process of the store's
 * process groups (its server, and its worker in the split topology; Linux
 * /proc), PostgreSQL and Redis not included; with `mode`, only that
 * process's group ("worker": the split topology's worker).
 */
function groupCpuSeconds(server, mode) {
  const ticks = 100 // USER_HZ
  const groups = new Set(server.processes.filter((p) => !mode || p.mode === mode).map((p) => p.child.pid))
  let total = 0
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15.
      if (!groups.has(Number(fields[2]))) continue
      total += (Number(fields[11]) + Number(fields[12])) / ticks
    } catch {
      // The process ended meanwhile.
    }
  }
  return total
}

/**
 * Checkouts per variant in round `round`: PER_ROUND, unless the rounds so far
 * (`sizes`, `elapsed` seconds) say the remaining ones would overrun BUDGET;
 * then what the remaining time allows spread evenly over the remaining rounds,
 * at least two per client. Every round runs, so the interleaving covers the
 * whole measurement however slow the machine is.
 */
function roundSize(round, sizes, elapsed) {
  if (BUDGET <= 0 || round === 0) return PER_ROUND
  const secondsPerCheckout = elapsed / sizes.reduce((a, b) => a + b, 0)
  const left = Math.max(0, BUDGET - elapsed)
  const fits = Math.floor(left / secondsPerCheckout / (ROUNDS - round))
  return Math.min(PER_ROUND, Math.max(fits, 2 * CONCURRENCY))
}

/** Runs the plans with CONCURRENCY clients; returns per-checkout steps and the wall time. */
async function runRound(store, plans, referral) {
  let next = 0
  const results = []
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < plans.length) {
        const plan = plans[next++]
        results.push(await checkout(store, plan, referral))
      }
    })
  )
  return { results, seconds: (performance.now() - t0) / 1000 }
}

/**
 * Waits until every order of the plugin store has its commission split
 * (the order.placed subscriber's last write), i.e. the async work is done.
 * Returns the seconds waited. The stock store has nothing async to wait for.
 */
async function drain(store) {
  if (!store.pg) return 0
  const t0 = performance.now()
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const { rows } = await store.pg.query(
      `SELECT (SELECT count(*) FROM "order" WHERE deleted_at IS NULL)::int AS orders,
              (SELECT count(*) FROM distribution_order_attribution WHERE deleted_at IS NULL)::int AS attributed,
              (SELECT count(*) FROM commission_order WHERE deleted_at IS NULL)::int AS accrued`
    )
    const { orders, attributed, accrued } = rows[0]
    if (attributed >= orders && accrued >= store.expectedAccrued) return (performance.now() - t0) / 1000
    await sleep(100)
  }
  throw new Error("the plugin store's order.placed work did not drain within 120 s")
}

const started = Date.now()
const children = []
const databases = []
let releaseRedis = null
let exitCode = 0
const cleanup = async () => {
  await Promise.all(children.map((c) => stopMedusa(c).catch(() => {})))
  if (releaseRedis) await releaseRedis().catch(() => {})
  if (!opts.keep) await Promise.all(databases.map((d) => d.drop().catch(() => {})))
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await cleanup()
    process.exit(130)
  })
}

const TOPOLOGY_NOTES = {
  shared:
    "topology shared: both stores as one process each (MEDUSA_WORKER_MODE=shared), in-memory event bus/workflow engine/cache/locking — the order.placed subscribers run in the process serving the next checkouts",
  split:
    "topology split (production): both stores as one `server` + one `worker` process (MEDUSA_WORKER_MODE=server/worker) on Redis (event bus, workflow engine, cache, locking; a private logical database per store) — the order.placed subscribers run on the worker, which shares the machine's cores with the server and PostgreSQL",
}

/** Warm-up, interleaved rounds and the visit probe on both stores in one topology; prints and returns its report. */
async function measureTopology(topology, plugin, stock, pluginPg) {
  console.log(`starting both stores (medusa start, NODE_ENV=production, topology ${topology}) …`)
  const [pluginServer, stockServer] = await Promise.all([
    startStore("plugin", plugin.db.url, topology),
    startStore("stock", stock.db.url, topology),
  ])
  try {
    // Orders that get a commission split: those with a referral (every
    // referral checkout here; the demo seed's orders are already accrued).
    const accruedBefore = (await pluginPg.query("SELECT count(*)::int AS n FROM commission_order")).rows[0].n
    const stores = {
      stock: { ...stockServer, ids: stock.ids },
      plugin: { ...pluginServer, ids: plugin.ids, pg: pluginPg, expectedAccrued: accruedBefore },
    }
    const variants = [
      { name: "stock Medusa", store: "stock", referral: false },
      { name: "plugin + referral code", store: "plugin", referral: true },
      ...(opts.plain ? [{ name: "plugin, no referral", store: "plugin", referral: false }] : []),
    ]
    const samples = Object.fromEntries(variants.map((v) => [v.name, { results: [], seconds: 0, drain: 0, cpu: 0, workerCpu: 0 }]))

    // Warm-up (JIT, pools, caches), untimed, on every variant.
    for (const v of variants) {
      await runRound(stores[v.store], planRound(-1, WARMUP, topology), v.referral)
      if (v.referral) stores.plugin.expectedAccrued += WARMUP
      await drain(stores[v.store])
    }

    const measuring = Date.now()
    const roundSizes = []
    for (let round = 0; round < ROUNDS; round++) {
      const size = roundSize(round, roundSizes, (Date.now() - measuring) / 1000)
      roundSizes.push(size)
      const plans = planRound(round, size, topology)
      // Rotate the order each round so drift and warm-up bias spread evenly.
      const order = variants.map((_, i) => variants[(i + round) % variants.length])
      for (const v of order) {
        const cpuBefore = groupCpuSeconds(stores[v.store])
        const workerCpuBefore = groupCpuSeconds(stores[v.store], "worker")
        const { results, seconds } = await runRound(stores[v.store], plans, v.referral)
        if (v.referral) stores.plugin.expectedAccrued += plans.length
        const drained = await drain(stores[v.store])
        const s = samples[v.name]
        s.cpu += groupCpuSeconds(stores[v.store]) - cpuBefore
        s.workerCpu += groupCpuSeconds(stores[v.store], "worker") - workerCpuBefore
        s.results.push(...results)
        s.seconds += seconds
        s.drain += drained
        console.log(
          `[${topology}] round ${round + 1}/${ROUNDS} ${v.name.padEnd(24)} ${plans.length} checkouts in ${seconds.toFixed(1)} s` +
            (drained ? ` (+${drained.toFixed(1)} s until order.placed work drained)` : "")
        )
      }
    }

    // The referral visit's own cost: server CPU of visits alone, on carts made
    // beforehand (what the plugin adds on the request path).
    const probe = planRound(-2, PER_ROUND, topology)
    const headers = { "x-publishable-api-key": stores.plugin.ids.publishable_key }
    const carts = []
    for (const plan of probe) {
      const email = plan.email.replace("@", "-probe@")
      carts.push((await request(stores.plugin.baseUrl, headers, "POST", "/store/carts", { region_id: stores.plugin.ids.region_id, email })).cart.id)
    }
    const visitCpuBefore = groupCpuSeconds(stores.plugin)
    let nextCart = 0
    const visitMs = []
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (nextCart < carts.length) {
          const i = nextCart++
          const t = performance.now()
          await request(stores.plugin.baseUrl, headers, "POST", "/store/distribution/referrals/visit", { code: probe[i].code, cart_id: carts[i] })
          visitMs.push(performance.now() - t)
        }
      })
    )
    const visitCpuMs = ((groupCpuSeconds(stores.plugin) - visitCpuBefore) * 1000) / carts.length

    const stats = (name, key) => summarize(samples[name].results.map((r) => r[key]).filter((d) => d !== undefined))
    const rows = []
    for (const v of variants) {
      const s = samples[v.name]
      const total = stats(v.name, "total")
      const complete = stats(v.name, "complete")
      rows.push({
        variant: v.name,
        checkouts: total.n,
        "flow p50 ms": total.p50,
        "flow p95 ms": total.p95,
        "flow p95 w/o visit ms": stats(v.name, "total_without_visit").p95,
        "complete p50 ms": complete.p50,
        "complete p95 ms": complete.p95,
        "visit p95 ms": v.referral ? stats(v.name, "referral_visit").p95 : "-",
        "checkouts/s": total.n / s.seconds,
        "drain s": s.drain,
        "CPU ms/checkout": (s.cpu * 1000) / total.n,
        "of it worker ms": topology === "split" ? (s.workerCpu * 1000) / total.n : "-",
      })
    }
    const byName = Object.fromEntries(rows.map((r) => [r.variant, r]))
    const ratio = (name, a, b, key, target) => {
      const value = byName[a][key] / byName[b][key]
      return { name, value, ...(target ? { target: `≤ ${target}×`, met: value <= target } : {}) }
    }
    const ratios = [
      ratio(`[${topology}] flow p95, plugin + referral / stock (issue's target)`, "plugin + referral code", "stock Medusa", "flow p95 ms", 1.05),
      ratio(`[${topology}] flow p95 without the visit request, plugin + referral / stock`, "plugin + referral code", "stock Medusa", "flow p95 w/o visit ms"),
      ratio(`[${topology}] complete-cart p95, plugin + referral / stock`, "plugin + referral code", "stock Medusa", "complete p95 ms"),
      ratio(`[${topology}] flow p50, plugin + referral / stock`, "plugin + referral code", "stock Medusa", "flow p50 ms"),
      {
        name: `[${topology}] throughput, plugin + referral / stock (higher is better)`,
        value: byName["plugin + referral code"]["checkouts/s"] / byName["stock Medusa"]["checkouts/s"],
      },
      {
        name: `[${topology}] CPU per checkout of the store's processes (incl. the async order.placed work), plugin + referral / stock`,
        value: byName["plugin + referral code"]["CPU ms/checkout"] / byName["stock Medusa"]["CPU ms/checkout"],
      },
      ...(topology === "split"
        ? [
            {
              name: `[split] CPU per checkout of the server process alone (the requests; the worker runs the event jobs), plugin + referral / stock`,
              value:
                (byName["plugin + referral code"]["CPU ms/checkout"] - byName["plugin + referral code"]["of it worker ms"]) /
                (byName["stock Medusa"]["CPU ms/checkout"] - byName["stock Medusa"]["of it worker ms"]),
            },
          ]
        : []),
    ]
    if (byName["plugin, no referral"]) {
      ratios.push(ratio(`[${topology}] flow p95, plugin without referral / stock`, "plugin, no referral", "stock Medusa", "flow p95 ms"))
      ratios.push(ratio(`[${topology}] complete-cart p95, plugin without referral / stock`, "plugin, no referral", "stock Medusa", "complete p95 ms"))
    }
    const per = (name) =>
      ["create_cart", "add_items", "address", "shipping", "payment", "complete"]
        .map((k) => `${k} ${stats(name, k).p50.toFixed(0)}/${stats(name, k).p95.toFixed(0)}`)
        .join(", ")
    const visitAlone = summarize(visitMs)
    const notes = [
      TOPOLOGY_NOTES[topology],
      `${CONCURRENCY} concurrent scripted clients (fetch), ${ROUNDS} interleaved rounds of ${roundSizes.join(", ")} checkouts per variant after ${WARMUP} warm-up checkouts each; 1–3 lines per cart, seeded (${SEED}), the same carts for every variant`,
      ...variants.map((v) => `steps p50/p95 ms, ${v.name}: ${per(v.name)}`),
      `the referral visit request alone (${carts.length} visits on fresh carts, after the rounds, ${CONCURRENCY} clients): p50 ${visitAlone.p50.toFixed(1)} ms, p95 ${visitAlone.p95.toFixed(1)} ms, ${visitCpuMs.toFixed(1)} ms CPU per visit` +
        (byName["plugin, no referral"]
          ? `; plugin + referral minus plugin without referral: ${(byName["plugin + referral code"]["CPU ms/checkout"] - byName["plugin, no referral"]["CPU ms/checkout"]).toFixed(0)} ms CPU per checkout (visit + attribution to a dealer + commission accrual)`
          : ""),
      ...(roundSizes.some((n) => n < PER_ROUND)
        ? [`the --budget of ${BUDGET} s made later rounds smaller than ${PER_ROUND} (rounds took ${((Date.now() - measuring) / 1000).toFixed(0)} s)`]
        : []),
    ]
    return { topology, rows, ratios, notes, byName }
  } finally {
    await Promise.all([stopStore(pluginServer), stopStore(stockServer)])
  }
}

try {
  mkdirSync(WORK, { recursive: true })
  writeStockProject()
  if (TOPOLOGIES.includes("split")) releaseRedis = await claimRedisDatabases()
  console.log(`preparing both stores (migrate + seed) …`)
  const [plugin, stock] = await Promise.all([prepareStore("plugin"), prepareStore("stock")])
  const pluginPg = new pg.Client({ connectionString: plugin.db.url })
  await pluginPg.connect()
  const reports = []
  try {
    for (const topology of TOPOLOGIES) reports.push(await measureTopology(topology, plugin, stock, pluginPg))
  } finally {
    await pluginPg.end()
  }

  const rows = reports.flatMap((r) => r.rows.map((row) => ({ topology: r.topology, ...row })))
  const ratios = reports.flatMap((r) => r.ratios)
  if (reports.length === 2) {
    const [shared, split] = reports
    ratios.push({
      name: "flow p95 of the stock store, split / shared topology (what worker mode does to stock Medusa)",
      value: split.byName["stock Medusa"]["flow p95 ms"] / shared.byName["stock Medusa"]["flow p95 ms"],
    })
    ratios.push({
      name: "flow p95 of the plugin store, split / shared topology",
      value: split.byName["plugin + referral code"]["flow p95 ms"] / shared.byName["plugin + referral code"]["flow p95 ms"],
    })
  }
  printReport({
    title: "Checkout overhead: plugin + referral code vs stock Medusa",
    command: `npm run bench:checkout -- --topology ${opts.topology} --checkouts ${CHECKOUTS} --rounds ${ROUNDS} --concurrency ${CONCURRENCY} --seed ${SEED}${opts.plain ? " --plain" : ""}`,
    machine: machineInfo(plugin.db.url),
    rows,
    ratios,
    notes: [
      "flow = create cart → (referral visit) → add items → address → shipping method → payment collection + session → complete; 'w/o visit' subtracts the extra referral request (same requests as stock)",
      "both stores: medusa start from source (TypeScript through Medusa's loader), NODE_ENV=production, admin disabled, same PostgreSQL; each topology is measured on both stores side by side, interleaved",
      "drain s = time after a round until the async order.placed subscriber (attribution + commission accrual) had written every order; each round starts only once the previous one drained",
      "CPU ms/checkout = user + system CPU of the store's processes (server + worker in the split topology) during the rounds and their drain, PostgreSQL and Redis not included; 'of it worker' = the split topology's worker process (the event bus's jobs: stock Medusa has no subscriber to a checkout's events, so its worker gets none; the plugin's gets order.placed and one reservation-item.created per line) and the scheduled jobs that ran meanwhile",
      ...reports.flatMap((r) => r.notes),
      `total run time ${((Date.now() - started) / 1000).toFixed(0)} s`,
    ],
  })
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await cleanup()
}
process.exit(exitCode)
