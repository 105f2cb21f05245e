// Run by bench/payout-batch.mjs as `medusa exec ./bench/payout-batch/run.ts`,
// with DISTRIBUTION_OPTIONS already pointing the wechatpay provider at the
// stand-in this script starts (keys and port fixed in advance, BENCH_STANDIN).
// Sets up N dealers with an available balance and a WeChat account through
// the plugin's workflows, creates and approves a batch, then times
// processPayouts until every payout is awaiting_confirmation. Writes the
// figures to BENCH_OUT.
import type { ExecArgs } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import { readFileSync, writeFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
import pg from "pg"
import { startWechatPayStandIn, type StandInRequest } from "../../integration-tests/helpers/wechatpay-stand-in"
import type DistributionModuleService from "../../src/modules/distribution/service"
import type PayoutModuleService from "../../src/modules/payout/service"
import { DISTRIBUTION_MODULE, PAYOUT_MODULE } from "../../src/types/module-names"
import { createLedgerAdjustmentWorkflow } from "../../src/workflows/commission/workflows/create-ledger-adjustment"
import { approvePayoutBatchWorkflow } from "../../src/workflows/payout/workflows/approve-payout-batch"
import { createPayoutBatchWorkflow } from "../../src/workflows/payout/workflows/create-payout-batch"
import { savePayoutAccountWorkflow } from "../../src/workflows/payout/workflows/save-payout-account"
import { processPayouts } from "../../src/workflows/payout/utils/process-payouts"

type StandInPlan = {
  merchantPublicKey: string
  merchantSerial: string
  mchid: string
  appid: string
  apiv3Key: string
  platformKeys: { privateKey: string; publicKey: string; publicKeyId: string }
  port: number
}
type Plan = { dealers: { code: string; amount: string; openid: string; real_name: string }[]; rate: number }

const BILLS = "/v3/fund-app/mch-transfer/transfer-bills"
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const log = (msg: string) => process.stderr.write(`[payout-batch] ${msg}\n`)

/** Runs `fn` over `items`, `concurrency` at a time. */
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

export default async function run({ container }: ExecArgs) {
  const standInPlan: StandInPlan = JSON.parse(process.env.BENCH_STANDIN!)
  const plan: Plan = JSON.parse(readFileSync(process.env.BENCH_PLAN!, "utf8"))
  const standIn = await startWechatPayStandIn(standInPlan)
  const arrivedAt = new WeakMap<StandInRequest, number>()
  const push = standIn.requests.push.bind(standIn.requests)
  standIn.requests.push = (...requests: StandInRequest[]) => {
    requests.forEach((r) => arrivedAt.set(r, performance.now()))
    return push(...requests)
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    // Setup (not timed): dealers, their WeChat accounts, their funds — through the plugin.
    let t = performance.now()
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const [tier] = await distribution.createDealerTiers([{ code: "BENCH1", name_en: "Tier 1", name_zh: "一级经销商", rank: 1 }] as any)
    const dealers = plan.dealers.map((d, i) => {
      const id = generateEntityId(undefined, "dlr")
      return { ...d, id, customer_id: `cus_BENCHPAY${String(i).padStart(5, "0")}` }
    })
    await distribution.createDealers(
      dealers.map((d) => ({
        id: d.id,
        code: d.code,
        display_name: `Dealer ${d.code}`,
        customer_id: d.customer_id,
        tier_id: tier.id,
        parent_id: null,
        path: `${d.id}/`,
        depth: 1,
      })) as any
    )
    await pool(dealers, 4, async (d, i) => {
      await savePayoutAccountWorkflow(container).run({
        input: { dealer_id: d.id, provider_id: "wechatpay", fields: { openid: d.openid, real_name: d.real_name }, actor_type: "customer", actor_id: d.customer_id },
      })
      await createLedgerAdjustmentWorkflow(container).run({
        input: { dealer_id: d.id, amount: d.amount, currency_code: "cny", reason: "Bench funds", created_by: "user_bench", idempotency_key: `bench-${i}` },
      })
    })
    const setupMs = performance.now() - t
    log(`setup: ${dealers.length} dealers, accounts and adjustments in ${(setupMs / 1000).toFixed(1)} s`)

    // Where a send's time goes: the provider's createTransfer (signing, the HTTP
    // round trip to the stand-in, verifying its answer) vs everything else.
    const provider = container.resolve<PayoutModuleService>(PAYOUT_MODULE).provider("wechatpay") as any
    const createTransfer = provider.createTransfer.bind(provider)
    let createTransferMs: number[] = []
    provider.createTransfer = async (input: unknown) => {
      const t0 = performance.now()
      try {
        return await createTransfer(input)
      } finally {
        createTransferMs.push(performance.now() - t0)
      }
    }
    // --profile: inclusive time per module-service method during the timed phase.
    let profile: Record<string, { calls: number; ms: number }> = {}
    if (process.env.BENCH_PROFILE) {
      for (const key of [PAYOUT_MODULE, "commission", DISTRIBUTION_MODULE]) {
        const service = container.resolve<any>(key)
        const names = new Set<string>()
        for (let proto = Object.getPrototypeOf(service); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
          for (const name of Object.getOwnPropertyNames(proto)) names.add(name)
        }
        for (const name of names) {
          if (name === "constructor" || name === "provider" || name === "providerIds" || name === "getOptions" || typeof service[name] !== "function") continue
          const original = service[name]
          service[name] = function (this: unknown, ...args: unknown[]) {
            const t0 = performance.now()
            const result = original.apply(service, args)
            if (result && typeof result.then === "function") {
              return result.finally(() => {
                const entry = (profile[`${key}.${name}`] ??= { calls: 0, ms: 0 })
                entry.calls++
                entry.ms += performance.now() - t0
              })
            }
            return result
          }
        }
      }
    }
    const dbStats = async () =>
      (await client.query(`SELECT xact_commit::bigint AS commits, tup_inserted + tup_updated + tup_deleted AS writes FROM pg_stat_database WHERE datname = current_database()`)).rows[0]

    const runRound = async (round: number) => {
      let t = performance.now()
      const { result: created } = await createPayoutBatchWorkflow(container).run({
        input: { currency_code: "cny", provider_id: "wechatpay", dealer_ids: dealers.map((d) => d.id), source: "admin", created_by: "user_bench", require_any: true } as any,
      })
      const createBatchMs = performance.now() - t
      const batchId = (created as any).batch_id
      const { rows: [{ n: payoutCount }] } = await client.query(`SELECT count(*)::int AS n FROM payout WHERE batch_id = $1`, [batchId])
      log(`round ${round}: batch ${batchId}, ${payoutCount} payouts created in ${(createBatchMs / 1000).toFixed(2)} s`)

      const firstRequest = standIn.requests.length
      createTransferMs = []
      profile = {}
      await sleep(1200)
      const statsBefore = await dbStats()

      // Timed: from approval until every payout is awaiting_confirmation.
      const start = performance.now()
      await approvePayoutBatchWorkflow(container).run({ input: { batch_id: batchId, actor_id: "user_bench" } })
      const approveMs = performance.now() - start
      let busy = 0
      const statusCounts = async () =>
        Object.fromEntries(
          (await client.query(`SELECT status, count(*)::int AS n FROM payout WHERE batch_id = $1 AND deleted_at IS NULL GROUP BY status`, [batchId])).rows.map(
            (r) => [r.status, r.n]
          )
        ) as Record<string, number>
      let counts: Record<string, number> = {}
      for (let i = 0; i < 100_000; i++) {
        const handled = await processPayouts(container, { batch_id: batchId })
        const sent = handled.sent
        if (handled.skipped_busy.length) busy++
        counts = await statusCounts()
        if ((counts.awaiting_confirmation ?? 0) === payoutCount) break
        if (!sent) await sleep(20)
        if (performance.now() - start > 600_000) throw new Error(`not done after 10 min: ${JSON.stringify(counts)}`)
      }
      const elapsedMs = performance.now() - start

      await sleep(1200) // the statistics collector reports with up to a second's delay
      const statsAfter = await dbStats()
      const requests = standIn.requests.slice(firstRequest)
      const creates = requests.filter((r) => r.method === "POST" && r.path === BILLS)
      const times = creates.map((r) => arrivedAt.get(r)!).sort((a, b) => a - b)
      // Most creates that arrived in any 1-second window (each window starting at a create).
      let maxInWindow = 0
      for (let i = 0, j = 0; i < times.length; i++) {
        while (j < times.length && times[j] - times[i] < 1000) j++
        maxInWindow = Math.max(maxInWindow, j - i)
      }
      const billNos = new Set(creates.map((r) => JSON.parse(r.body).out_bill_no))
      const transfers = [...standIn.transfers.values()].filter((x) => billNos.has(x.out_bill_no))
      log(`round ${round}: ${payoutCount} payouts in ${(elapsedMs / 1000).toFixed(1)} s`)
      return {
        payouts: payoutCount,
        create_batch_ms: createBatchMs,
        approve_ms: approveMs,
        elapsed_ms: elapsedMs,
        first_to_last_create_ms: times.length > 1 ? times[times.length - 1] - times[0] : 0,
        creates: creates.length,
        transfers: transfers.length,
        repeated_creates: transfers.filter((x) => x.create_count > 1).length,
        with_real_name: transfers.filter((x) => x.user_name).length,
        max_creates_in_1s: maxInWindow,
        processor_busy_rounds: busy,
        final_statuses: counts,
        requests: requests.length,
        create_transfer_ms_mean: createTransferMs.reduce((a, b) => a + b, 0) / (createTransferMs.length || 1),
        create_transfer_calls: createTransferMs.length,
        profile: JSON.parse(JSON.stringify(profile)),
        // Includes the monitoring queries' own (a few per polling round).
        db_commits: Number(statsAfter.commits) - Number(statsBefore.commits),
        db_row_writes: Number(statsAfter.writes) - Number(statsBefore.writes),
      }
    }

    const rounds = [await runRound(0)]
    writeFileSync(process.env.BENCH_OUT!, JSON.stringify({ rate: plan.rate, setup_ms: setupMs, rounds }))
  } finally {
    await client.end()
    await standIn.close()
  }
}
