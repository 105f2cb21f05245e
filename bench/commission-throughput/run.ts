/**
 * Commission throughput (issue #9), run inside Medusa with
 * `medusa exec ./bench/commission-throughput/run.ts <json-args>`; orchestrated
 * by bench/commission-throughput.mjs, which prints the report.
 *
 * Setup (not timed): a region, a product with three variants, three dealer
 * tiers, two dealer trees three levels deep — "spread" (many top dealers) and
 * "hot" (every chain under one top dealer) — a commission plan, N customers
 * and N orders (1–3 lines each) made with the order module's createOrders,
 * 100 a call, or with Medusa's createOrderWorkflow (--order-workflow, slow), and a
 * current binding (绑定关系) of each customer to a level-3 dealer, which is
 * what attributeOrderWorkflow reads for an order placed without a cart.
 *
 * Timed: for each variant, the first `per_order` orders go through the
 * order.placed subscriber, `concurrency` orders at a time, and again (tables
 * reset) through attributeOrderWorkflow then accrueOrderCommissionWorkflow
 * (the sequence the subscriber ran before; same rows checked); every order
 * goes through the backlog drain. Then the same rows (attribution,
 * commission_order, commission_entry) are written again with plain
 * multi-row INSERTs into scratch tables of identical shape (LIKE … INCLUDING
 * ALL: same columns, defaults and indexes) — the physical limit.
 *
 * Also (not timed into the ratios): statements per order, the SQL of one
 * order, timings of each read on already accrued orders, and the plan of the
 * month-sales query; --cpu-profile FILE writes V8 profiles of the spread run (FILE: backlog drain;
 * FILE.per-order: the subscriber; FILE.sequence: the workflow sequence).
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { Client } from "pg"
import type CommissionModuleService from "../../src/modules/commission/service"
import type DistributionModuleService from "../../src/modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../src/types/module-names"
import { accrueOrderBacklog } from "../../src/workflows/commission/utils/accrue-order-backlog"
import {
  accrueOrderCommissionWorkflow,
  attributeOrderWorkflow,
  createDealerTiersWorkflow,
  createDealerWorkflow,
  saveCommissionPlanWorkflow,
} from "../../src/workflows"
import { loadCommissionOrderStates } from "../../src/workflows/commission/utils/load-order-states"
import attributePlacedOrder from "../../src/subscribers/attribute-placed-order"

type Args = {
  orders: number
  concurrency: number
  seed: number
  out: string
  spread_tops: number
  batch: number
  profile: number
  order_workflow: boolean
  cpu_profile: string
  /** Orders per batch of the backlog drain. */
  batch_orders: number
  /** Batches of the backlog drain in flight at once (accrueOrderBacklog's `concurrency`). */
  drain_concurrency: number
  /** Orders run through the per-order path (the subscriber's sequence), the first of the backlog. */
  per_order: number
  /** Rounds of the per-order comparison (subscriber vs workflow sequence), alternating which runs first. */
  ab_rounds: number
}

let summarize: (d: number[]) => Record<string, number>
const now = () => Number(process.hrtime.bigint()) / 1e6
const log = (...a: unknown[]) => console.log("[bench:commission]", ...a)

async function pool<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i], i)
      }
    })
  )
}

export default async function run({ container, args }: ExecArgs) {
  const a: Args = {
    orders: 1000,
    concurrency: 4,
    seed: 9,
    out: "/tmp/bench-commission.json",
    spread_tops: 20,
    batch: 1000,
    profile: 200,
    order_workflow: false,
    cpu_profile: "",
    batch_orders: 500,
    drain_concurrency: 2,
    per_order: 1000,
    ab_rounds: 2,
    ...JSON.parse(args[0] ?? "{}"),
  }
  a.per_order = Math.min(a.per_order, a.orders)
  // The shared helpers are ES modules; a real dynamic import (not require) loads them.
  const report = await (new Function("p", "return import(p)") as (p: string) => Promise<any>)(
    require("node:path").resolve(__dirname, "../lib/report.mjs")
  )
  summarize = report.summarize
  const rand: () => number = report.seededRandom(a.seed)
  const pg = new Client({ connectionString: process.env.DATABASE_URL })
  await pg.connect()
  // Every value as text, so rows copy column-for-column into the scratch tables.
  const pgText = new Client({ connectionString: process.env.DATABASE_URL, types: { getTypeParser: () => (v: string) => v } as any })
  await pgText.connect()

  const setup = await setUp(container, a, rand)
  const result: Record<string, unknown> = { args: a, setup: setup.info }

  // Warm-up (not timed): JIT, connection pool and caches, on the first orders, all three paths.
  await reset(pg)
  await bind(pg, setup.customerIds, setup.spreadLeaves, setup.leafPick)
  await accrueAll(container, setup.orderIds.slice(0, Math.min(100, setup.orderIds.length)), a.concurrency, "subscriber")
  await reset(pg)
  await bind(pg, setup.customerIds, setup.spreadLeaves, setup.leafPick)
  await accrueAll(container, setup.orderIds.slice(0, Math.min(100, setup.orderIds.length)), a.concurrency, "sequence")
  await reset(pg)
  await drainAll(container, setup.spareCursor, a.batch_orders, 1, 100)

  const variants: Record<string, any> = {}
  const raws: number[] = []
  const rawsWithFacts: number[] = []
  for (const variant of ["spread", "hot"] as const) {
    const leaves = variant === "spread" ? setup.spreadLeaves : setup.hotLeaves
    // The per-order path on the first orders of the backlog: the order.placed subscriber, and
    // side by side the per-order workflows in the sequence the subscriber ran before
    // (attributeOrderWorkflow, then accrueOrderCommissionWorkflow) — its cost, and its rows.
    // `ab_rounds` rounds, alternating which goes first (one machine's load drifts); each
    // path's figures are from its round with the least CPU per order.
    const perOrderIds = setup.orderIds.slice(0, a.per_order)
    const runs: Record<"subscriber" | "sequence", any[]> = { subscriber: [], sequence: [] }
    const rowsOfPath: Record<string, Record<string, string>> = {}
    for (let round = 0; round < a.ab_rounds; round++) {
      const order = round % 2 === 0 ? (["subscriber", "sequence"] as const) : (["sequence", "subscriber"] as const)
      for (const path of order) {
        await reset(pg)
        await bind(pg, setup.customerIds, leaves, setup.leafPick)
        const session = a.cpu_profile && variant === "spread" && round === 0 ? await startProfiler() : null
        runs[path].push(await accrueAll(container, perOrderIds, a.concurrency, path))
        if (session) await stopProfiler(session, `${a.cpu_profile}.${path === "subscriber" ? "per-order" : "sequence"}`)
        rowsOfPath[path] = await rowDigest(pg, perOrderIds)
      }
    }
    const best = (list: any[]) => ({
      ...list.reduce((m, r) => (r.cpu_ms_per_order < m.cpu_ms_per_order ? r : m)),
      cpu_ms_per_order_runs: list.map((r) => r.cpu_ms_per_order),
    })
    variants[`${variant}_per_order`] = best(runs.subscriber)
    variants[`${variant}_per_order_sequence`] = best(runs.sequence)
    const perOrderRows = rowsOfPath.subscriber
    const sequenceDiffering = Object.keys(rowsOfPath.sequence).filter((k) => rowsOfPath.sequence[k] !== perOrderRows[k])
    variants[`${variant}_per_order`].same_rows_as_sequence = sequenceDiffering.length === 0
    variants[`${variant}_per_order`].differing_tables = sequenceDiffering
    log(`${variant} per order`, JSON.stringify({ ...variants[`${variant}_per_order`], latencies: undefined }))
    log(`${variant} per order (workflow sequence)`, JSON.stringify({ ...variants[`${variant}_per_order_sequence`], latencies: undefined }))

    // The backlog drain (accrueOrderBacklog → accrueOrderBatchWorkflow), every order.
    await reset(pg)
    await bind(pg, setup.customerIds, leaves, setup.leafPick)
    const session = a.cpu_profile && variant === "spread" ? await startProfiler() : null
    variants[variant] = await drainAll(container, setup.spareCursor, a.batch_orders, a.drain_concurrency)
    if (session) await stopProfiler(session, a.cpu_profile)
    variants[variant].entries = Number((await pg.query("SELECT count(*) FROM commission_entry")).rows[0].count)
    variants[variant].order_commissions = Number((await pg.query("SELECT count(*) FROM commission_order")).rows[0].count)
    variants[variant].facts = Number((await pg.query("SELECT count(*) FROM sales_fact")).rows[0].count)
    // Same orders through both paths: the same rows, apart from ids and timestamps.
    const batchRows = await rowDigest(pg, perOrderIds)
    const differing = Object.keys(batchRows).filter((k) => (batchRows as any)[k] !== (perOrderRows as any)[k])
    variants[variant].same_rows_as_per_order = differing.length === 0
    variants[variant].differing_tables = differing
    log(variant, JSON.stringify({ ...variants[variant], latencies: undefined }))
    if (variant === "spread" && a.drain_concurrency > 1) {
      // Side by side: the same drain one batch at a time, then back to the rows it compares.
      await reset(pg)
      await bind(pg, setup.customerIds, leaves, setup.leafPick)
      variants.spread_serial = await drainAll(container, setup.spareCursor, a.batch_orders, 1)
      variants.spread_serial.same_rows_as_per_order =
        JSON.stringify(await rowDigest(pg, perOrderIds)) === JSON.stringify(perOrderRows)
      log("spread, one batch at a time", JSON.stringify({ ...variants.spread_serial, latencies: undefined }))
    }
    // The same rows, written by plain multi-row INSERTs.
    raws.push(await rawInsert(pg, pgText, a.batch, false))
    rawsWithFacts.push(await rawInsert(pg, pgText, a.batch, true))
    log("raw", raws[raws.length - 1].toFixed(0), "ms;", "with sales facts", rawsWithFacts[rawsWithFacts.length - 1].toFixed(0), "ms")
    if (variant === "hot") {
      variants.profile = await profile(container, pg, setup, a.profile)
    }
  }
  result.raw_with_facts_ms = rawsWithFacts
  result.variants = variants
  result.raw_ms = raws
  writeFileSync(a.out, JSON.stringify(result, null, 2))
  await pg.end()
  await pgText.end()
}

async function setUp(container: MedusaContainer, a: Args, rand: () => number) {
  const t0 = now()
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Bench" }] } })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "CN", currency_code: "cny", countries: ["cn"] }] },
  })
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Longjing tea",
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: channel.id }],
          options: [{ title: "Size", values: ["250g", "500g", "1kg"] }],
          variants: ["250g", "500g", "1kg"].map((size, i) => ({
            title: size,
            sku: `LJ-${size}`,
            manage_inventory: false,
            options: { Size: size },
            prices: [{ currency_code: "cny", amount: [98, 188, 358][i] }],
          })),
        },
      ],
    },
  })
  const variantIds = product.variants.map((v: any) => v.id)
  const prices = [98, 188, 358]

  await createDealerTiersWorkflow(container).run({
    input: {
      tiers: [1, 2, 3].map((rank) => ({ code: `T${rank}`, rank, name_en: `Tier ${rank}`, name_zh: `${rank}级` })),
    },
  })
  const tiers = new Map((await distribution.listDealerTiers({})).map((t: any) => [t.code, t.id]))

  // Trees: spread = spread_tops × 2 × 3 leaves; hot = 1 × (2·spread_tops) × 3 leaves (same leaf count).
  const T = a.spread_tops
  const shapes = {
    spread: { tops: T, mids: 2, leaves: 3 },
    hot: { tops: 1, mids: 2 * T, leaves: 3 },
  }
  const dealerCount = T * (1 + 2 + 6) + 1 + 2 * T + 6 * T
  const dealerCustomers = await customers.createCustomers(
    Array.from({ length: dealerCount }, (_, i) => ({ email: `dealer${i}@bench.test`, first_name: "Dealer", last_name: String(i) }))
  )
  let nextCustomer = 0
  const makeDealer = async (code: string, tier: string, parent_id: string | null) => {
    const { result } = await createDealerWorkflow(container).run({
      input: {
        dealer: {
          customer_id: dealerCustomers[nextCustomer++].id,
          tier_id: tiers.get(tier)!,
          parent_id,
          code,
          display_name: `Dealer ${code}`,
        },
      },
    })
    return result.id as string
  }
  const leavesOf: Record<string, string[]> = { spread: [], hot: [] }
  let topOfHot = ""
  for (const [name, shape] of Object.entries(shapes)) {
    const p = name === "spread" ? "SPR" : "HOT"
    for (let t = 0; t < shape.tops; t++) {
      const top = await makeDealer(`${p}${t}`, "T1", null)
      if (name === "hot") topOfHot = top
      for (let m = 0; m < shape.mids; m++) {
        const mid = await makeDealer(`${p}${t}M${m}`, "T2", top)
        for (let l = 0; l < shape.leaves; l++) {
          leavesOf[name].push(await makeDealer(`${p}${t}M${m}L${l}`, "T3", mid))
        }
      }
    }
  }
  const tDealers = now()

  // The integration test's plan: 10 % (12 % on this product) at level 1, a 级差
  // differential for tier 2 at level 2, a fixed 1.50 per unit at level 3.
  await saveCommissionPlanWorkflow(container).run({
    input: {
      rules: [
        { name: "Everything", scope_type: "all", level: 1, type: "percentage", rate: "0.10" },
        { name: "Tea", scope_type: "product", scope_id: product.id, level: 1, type: "percentage", rate: "0.12" },
        { name: "级差 tier 2", scope_type: "all", tier_id: tiers.get("T2"), level: 2, type: "differential", rate: "0.15" },
        { name: "Per unit", scope_type: "all", level: 3, type: "fixed", amount: "1.50", currency_code: "cny" },
      ] as any,
    },
  })

  const buyers = await customers.createCustomers(
    // One more than timed: a spare order the profile attributes and accrues alone.
    Array.from({ length: a.orders + 1 }, (_, i) => ({ email: `buyer${i}@bench.test`, first_name: "Buyer", last_name: String(i) }))
  )
  const customerIds = buyers.map((c: any) => c.id as string)
  const leafPick = customerIds.map(() => Math.floor(rand() * leavesOf.spread.length))
  const orderInputs = customerIds.map((customer_id, i) => {
    const lines = 1 + Math.floor(rand() * 3)
    const picked = [0, 1, 2].sort(() => rand() - 0.5).slice(0, lines)
    return {
      region_id: region.id,
      sales_channel_id: channel.id,
      customer_id,
      email: `buyer${i}@bench.test`,
      currency_code: "cny",
      items: picked.map((v) => ({
        variant_id: variantIds[v],
        quantity: 1 + Math.floor(rand() * 3),
        unit_price: prices[v],
        is_tax_inclusive: false,
      })),
    }
  })
  // The spare order (the profile's) is made first and alone, so it is placed before every
  // other order and the backlog drain can start after it.
  const spareInput = orderInputs.pop()!
  const orderIds: string[] = new Array(orderInputs.length)
  let spareOrderId = ""
  let done = 0
  if (a.order_workflow) {
    // Medusa's createOrderWorkflow, one order at a time (faithful, ~5 orders/s here).
    spareOrderId = (await createOrderWorkflow(container).run({ input: spareInput as any })).result.id
    await new Promise((r) => setTimeout(r, 20))
    await pool(orderInputs, 4, async (input, i) => {
      const { result } = await createOrderWorkflow(container).run({ input: input as any })
      orderIds[i] = result.id
      if (++done % 500 === 0) log(`orders created: ${done}/${orderInputs.length}`)
    })
  } else {
    // The order module's own createOrders, 100 orders a call, with the line
    // fields createOrderWorkflow fills in from the variant (fast set-up).
    const orderModule = container.resolve(Modules.ORDER)
    const variantById = new Map(product.variants.map((v: any) => [v.id, v]))
    const create = (chunk: typeof orderInputs) =>
      orderModule.createOrders(
        chunk.map((o) => ({
          region_id: o.region_id,
          customer_id: o.customer_id,
          sales_channel_id: o.sales_channel_id,
          email: o.email,
          currency_code: o.currency_code,
          status: "pending",
          items: o.items.map((item) => {
            const v: any = variantById.get(item.variant_id)
            return {
              title: product.title,
              subtitle: v.title,
              product_id: product.id,
              product_title: product.title,
              product_handle: product.handle,
              variant_id: v.id,
              variant_title: v.title,
              variant_sku: v.sku,
              quantity: item.quantity,
              unit_price: item.unit_price,
              is_tax_inclusive: false,
              requires_shipping: false,
              is_discountable: true,
            }
          }),
        })) as any
      )
    spareOrderId = ((await create([spareInput])) as any)[0].id
    await new Promise((r) => setTimeout(r, 20))
    for (let i = 0; i < orderInputs.length; i += 100) {
      const chunk = orderInputs.slice(i, i + 100)
      const created = await create(chunk)
      created.forEach((o: any, j: number) => (orderIds[i + j] = o.id))
      done += chunk.length
      if (done % 1000 === 0) log(`orders created: ${done}/${orderInputs.length}`)
    }
  }
  const lines = orderInputs.reduce((s, o) => s + o.items.length, 0)
  const info = {
    dealers: dealerCount,
    spread_top_dealers: T,
    leaves: leavesOf.spread.length,
    orders: orderIds.length,
    lines,
    dealers_s: (tDealers - t0) / 1000,
    orders_s: (now() - tDealers) / 1000,
  }
  log("setup", JSON.stringify(info))
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const {
    rows: [spareCursor],
  } = await knex.raw(
    `SELECT id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at FROM "order" WHERE id = ?`,
    [spareOrderId]
  )
  return {
    info,
    orderIds,
    spareOrderId,
    spareCursor: spareCursor as { id: string; created_at: string },
    customerIds,
    leafPick,
    spreadLeaves: leavesOf.spread,
    hotLeaves: leavesOf.hot,
    topOfHot,
  }
}

/** Empties what accrual writes, so each variant starts from the same state. */
async function reset(pg: Client) {
  await pg.query("TRUNCATE commission_entry_transition, commission_entry, commission_order, distribution_order_attribution, sales_fact")
  await pg.query("DROP TABLE IF EXISTS bench_raw_entry, bench_raw_order, bench_raw_attribution, bench_raw_fact")
}

/** A current binding of each buyer to its leaf in the variant's tree (same leaf index in both). */
async function bind(pg: Client, customerIds: string[], leaves: string[], pick: number[]) {
  await pg.query("DELETE FROM distribution_customer_binding")
  for (let i = 0; i < customerIds.length; i += 1000) {
    const chunk = customerIds.slice(i, i + 1000)
    const values: string[] = []
    const params: unknown[] = []
    chunk.forEach((customer_id, j) => {
      const p = params.length
      params.push(`cbind_bench_${i + j}`, customer_id, leaves[pick[i + j]])
      values.push(`($${p + 1}, $${p + 2}, $${p + 3}, 'admin', now() - interval '1 day')`)
    })
    await pg.query(
      `INSERT INTO distribution_customer_binding (id, customer_id, dealer_id, source, bound_at) VALUES ${values.join(", ")}`,
      params
    )
  }
  await pg.query("VACUUM ANALYZE")
}

/** Counts the SQL statements every pg client of this process sends (Medusa's, MikroORM's, ours). */
let statements = 0
let captured: string[] | null = null
for (const mod of ["pg", "@mikro-orm/postgresql/node_modules/pg"]) {
  try {
    const proto = require(require.resolve(mod, { paths: [process.cwd()] })).Client.prototype
    if (proto.__benchCounted) continue
    const query = proto.query
    proto.query = function (...args: unknown[]) {
      statements++
      if (captured) {
        const q = args[0] as any
        captured.push(String(typeof q === "string" ? q : q?.text ?? q?.sql ?? "?").replace(/\s+/g, " ").slice(0, 110))
      }
      return query.apply(this, args)
    }
    proto.__benchCounted = true
  } catch {
    // That copy of pg is not installed.
  }
}

/**
 * The per-order path on each order, `concurrency` at a time: the order.placed
 * subscriber itself ("subscriber"), or the exported per-order workflows in the
 * sequence the subscriber ran before it accrued through the batch workflow ("sequence").
 */
async function accrueAll(
  container: MedusaContainer,
  orderIds: string[],
  concurrency: number,
  path: "subscriber" | "sequence" = "subscriber"
) {
  const latencies: number[] = []
  const before = statements
  const cpu0 = process.cpuUsage()
  const t0 = now()
  await pool(orderIds, concurrency, async (order_id) => {
    const s = now()
    if (path === "subscriber") {
      await attributePlacedOrder({ event: { name: "order.placed", data: { id: order_id } }, container, pluginOptions: {} } as any)
    } else {
      // As the subscriber ran them: the attribution, the order's metadata (restock-flagged
      // orders are routed), then the accrual, which recomputes the sales facts once.
      await attributeOrderWorkflow(container).run({ input: { order_id, sync_sales_facts: false } })
      await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "metadata"], filters: { id: order_id } })
      await accrueOrderCommissionWorkflow(container).run({ input: { order_id } })
    }
    latencies.push(now() - s)
  })
  const ms = now() - t0
  const cpu = process.cpuUsage(cpu0)
  // Throughput over the first and the last fifth: does it slow down as the month's sales grow?
  return {
    ms,
    // Medusa's own CPU (user + system, this process; PostgreSQL not counted): load-independent, unlike ms.
    cpu_ms_per_order: (cpu.user + cpu.system) / 1000 / orderIds.length,
    orders_per_s: (orderIds.length * 1000) / ms,
    statements_per_order: (statements - before) / orderIds.length,
    latency: summarize(latencies),
    latencies,
  }
}

/** The backlog drain: every unaccrued order placed after the spare, in batches (the script's and the job's path). */
async function drainAll(
  container: MedusaContainer,
  after: { id: string; created_at: string },
  batchOrders: number,
  concurrency: number,
  maxOrders?: number
) {
  const before = statements
  const batchMs: number[] = []
  let last = now()
  const t0 = last
  const cpu0 = process.cpuUsage()
  const result = await accrueOrderBacklog(container, {
    after,
    batch_size: maxOrders ? Math.min(batchOrders, maxOrders) : batchOrders,
    max_batches: maxOrders ? 1 : undefined,
    concurrency,
    log: (line) => {
      // "Order backlog: batch N: X order(s), …": a batch's time ÷ its orders
      // (with batches in flight together: the time between two batches' ends).
      const orders = Number(/batch \d+: (\d+) order/.exec(line)?.[1] ?? 0)
      if (orders) {
        batchMs.push((now() - last) / orders)
        last = now()
      }
    },
  })
  const ms = now() - t0
  const cpu = process.cpuUsage(cpu0)
  return {
    ms,
    cpu_ms_per_order: (cpu.user + cpu.system) / 1000 / Math.max(1, result.orders),
    orders: result.orders,
    orders_per_s: (result.orders * 1000) / ms,
    statements_per_order: (statements - before) / Math.max(1, result.orders),
    batches: result.batches,
    // Per batch, divided by its orders: what one order costs inside a batch.
    latency: summarize(batchMs),
    failed: result.failed.length,
  }
}

/** What both paths must write alike for some orders: every row's content, without ids and timestamps. */
async function rowDigest(pg: Client, orderIds: string[]) {
  const ids = `{${orderIds.join(",")}}`
  const one = async (sql: string) => (await pg.query(sql, [ids])).rows[0].digest as string
  return {
    attribution: await one(
      `SELECT md5(string_agg(concat_ws('|', order_id, cart_id, customer_id, dealer_id, link_id, source, reason, commissionable, chain::text), ',' ORDER BY order_id)) AS digest
         FROM distribution_order_attribution WHERE order_id = ANY($1::text[])`
    ),
    commission_order: await one(
      `SELECT md5(string_agg(concat_ws('|', order_id, order_display_id, dealer_id, chain_dealer_ids::text, currency_code, base_total, commission_total, placed_at, inputs::text, plan_snapshot::text, split::text), ',' ORDER BY order_id)) AS digest
         FROM commission_order WHERE order_id = ANY($1::text[])`
    ),
    commission_entry: await one(
      `SELECT md5(string_agg(concat_ws('|', idempotency_key, dealer_id, kind, status, amount, raw_amount::text, currency_code, order_id, order_display_id, line_item_id, product_title, level, base, rate, rule_id, rule_type, reason), ',' ORDER BY idempotency_key)) AS digest
         FROM commission_entry WHERE order_id = ANY($1::text[])`
    ),
    sales_fact: await one(
      `SELECT md5(string_agg(concat_ws('|', order_id, line_item_id, order_display_id, placed_at, customer_id, dealer_id, dealer_tier_id, upline_dealer_ids::text, product_id, variant_id, sku, product_title, region_id, country_code, sales_channel_id, currency_code, quantity, returned_quantity, net_amount, refunded_amount, commission_amount, canceled), ',' ORDER BY line_item_id)) AS digest
         FROM sales_fact WHERE order_id = ANY($1::text[])`
    ),
  }
}

/** The rows accrual wrote, written again by multi-row INSERTs into tables of the same shape. */
async function rawInsert(pg: Client, pgText: Client, batch: number, withFacts: boolean) {
  for (const [scratch, table] of [
    ["bench_raw_attribution", "distribution_order_attribution"],
    ["bench_raw_order", "commission_order"],
    ["bench_raw_entry", "commission_entry"],
    ["bench_raw_fact", "sales_fact"],
  ]) {
    await pg.query(`DROP TABLE IF EXISTS ${scratch}`)
    await pg.query(`CREATE TABLE ${scratch} (LIKE ${table} INCLUDING ALL)`)
  }
  const load = async (table: string) => (await pgText.query(`SELECT * FROM ${table} ORDER BY order_id`)).rows
  const attributions = await load("distribution_order_attribution")
  const orders = await load("commission_order")
  const entries = await load("commission_entry")
  const facts = withFacts ? await load("sales_fact") : []
  const factsByOrder = new Map<string, any[]>()
  for (const f of facts) {
    factsByOrder.set(f.order_id, [...(factsByOrder.get(f.order_id) ?? []), f])
  }
  const entriesByOrder = new Map<string, any[]>()
  for (const e of entries) {
    entriesByOrder.set(e.order_id, [...(entriesByOrder.get(e.order_id) ?? []), e])
  }
  const attributionByOrder = new Map(attributions.map((r) => [r.order_id, r]))
  const insert = async (table: string, rows: any[]) => {
    if (!rows.length) return
    const columns = Object.keys(rows[0])
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch)
      const params: unknown[] = []
      const values = chunk.map((r) => `(${columns.map((c) => `$${params.push(c === "id" ? `raw_${r[c]}` : r[c])}`).join(", ")})`)
      await pg.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values.join(", ")}`, params)
    }
  }
  // Orders in batches: one transaction per batch of orders, like a bulk loader would.
  const perBatch = Math.max(1, Math.floor(batch / 7))
  const t0 = now()
  for (let i = 0; i < orders.length; i += perBatch) {
    const chunk = orders.slice(i, i + perBatch)
    await pg.query("BEGIN")
    await insert("bench_raw_attribution", chunk.map((o) => attributionByOrder.get(o.order_id)).filter(Boolean))
    await insert("bench_raw_order", chunk)
    await insert("bench_raw_entry", chunk.flatMap((o) => entriesByOrder.get(o.order_id) ?? []))
    if (withFacts) await insert("bench_raw_fact", chunk.flatMap((o) => factsByOrder.get(o.order_id) ?? []))
    await pg.query("COMMIT")
  }
  return now() - t0
}

const COMMISSION_FIELDS_WITHOUT_TOTALS = [
  "id", "display_id", "currency_code", "status", "canceled_at", "created_at",
  "items.id", "items.title", "items.product_title", "items.product_id", "items.quantity", "items.unit_price",
  "items.detail.*", "items.variant.product.collection_id", "items.variant.product.categories.id",
  "fulfillments.created_at", "fulfillments.delivered_at", "fulfillments.canceled_at", "returns.id", "returns.status",
]

/** Where an accrual's time goes, on a sample of already accrued (hot) orders. */
async function profile(container: MedusaContainer, pg: Client, setup: any, n: number) {
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sample: string[] = setup.orderIds.slice(-n)
  const chains = new Map<string, string[]>()
  for (const r of (await pg.query("SELECT order_id, chain_dealer_ids FROM commission_order")).rows) {
    chains.set(r.order_id, r.chain_dealer_ids)
  }
  const time = async (fn: (id: string) => Promise<unknown>) => {
    const d: number[] = []
    for (const id of sample) {
      const s = now()
      await fn(id)
      d.push(now() - s)
    }
    return summarize(d)
  }
  const monthStart = new Date(Date.now() - 40 * 24 * 3600 * 1000)
  const hotChain = chains.get(sample[0]) ?? []
  const explain = (
    await pg.query(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT d.dealer_id, sum(o.base_total)::text AS sales
         FROM commission_order o, unnest(o.chain_dealer_ids) AS d(dealer_id)
        WHERE o.chain_dealer_ids && $1::text[] AND d.dealer_id = ANY($1)
          AND o.currency_code = 'cny' AND o.placed_at >= $2 AND o.placed_at < now() AND o.deleted_at IS NULL
        GROUP BY d.dealer_id`,
      [hotChain, monthStart]
    )
  ).rows.map((r) => r["QUERY PLAN"])
  log("salesByDealer plan (hot chain):\n" + explain.join("\n"))
  // The statements of one order's attribution and accrual by the order.placed subscriber, written afresh.
  const one = setup.spareOrderId
  captured = []
  await attributePlacedOrder({ event: { name: "order.placed", data: { id: one } }, container, pluginOptions: {} } as any)
  const sqlOfOneOrder = captured
  captured = null
  return {
    sql_of_one_order: sqlOfOneOrder as any,
    "query.graph order (commission fields)": await time((id) => loadCommissionOrderStates(container, [id])),
    "query.graph order (commission fields, 100 orders per call, per order)": await (async () => {
      const d: number[] = []
      for (let i = 0; i + 100 <= setup.orderIds.length && d.length < 5; i += 100) {
        const s = now()
        await loadCommissionOrderStates(container, setup.orderIds.slice(i, i + 100))
        d.push((now() - s) / 100)
      }
      return summarize(d)
    })(),
    "query.graph order (commission fields without total/summary)": await time((id) =>
      query.graph({ entity: "order", fields: COMMISSION_FIELDS_WITHOUT_TOTALS, filters: { id } })
    ),
    "query.graph order (attribution fields)": await time((id) =>
      query.graph({ entity: "order", fields: ["id", "customer_id", "created_at", "cart.id"], filters: { id } })
    ),
    "salesByDealer (hot chain)": await time((id) =>
      commission.salesByDealer(chains.get(id) ?? [], "cny", { from: monthStart, to: new Date() })
    ),
    "listOrderAttributions": await time((id) => distribution.listOrderAttributions({ order_id: id })),
    "listOrderAccruals": await time((id) => commission.listOrderAccruals(id)),
    "listPlan": await time(() => commission.listPlan()),
    "attributeOrderWorkflow (already attributed)": await time((id) =>
      attributeOrderWorkflow(container).run({ input: { order_id: id } })
    ),
    "accrueOrderCommissionWorkflow (already accrued: all but the inserts)": await time((id) =>
      accrueOrderCommissionWorkflow(container).run({ input: { order_id: id } })
    ),
  }
}

/** A V8 CPU profile of the timed spread-out accrual (--cpu-profile FILE), for finding where the time goes. */
async function startProfiler() {
  const { Session } = require("node:inspector")
  const session = new Session()
  session.connect()
  const post = (m: string, p?: object) => new Promise((res, rej) => session.post(m, p, (e: any, r: any) => (e ? rej(e) : res(r))))
  await post("Profiler.enable")
  await post("Profiler.start")
  return { session, post }
}

async function stopProfiler({ session, post }: any, file: string) {
  const { profile } = (await post("Profiler.stop")) as any
  writeFileSync(file, JSON.stringify(profile))
  session.disconnect()
  log("cpu profile written to", file)
}
