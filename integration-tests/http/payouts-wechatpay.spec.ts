import { spawn } from "node:child_process"
import crypto from "node:crypto"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WorkflowScheduler } from "@medusajs/framework/orchestration"
import { distributionTestRunner } from "../helpers/test-runner"
import { createPublishableKey, registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { generateApiV3Key, generateMerchantKeys, generateRsaPemPair, type RsaPemPair } from "../helpers/wechatpay-keys"
import { standInProviderOptions, startWechatPayStandIn, type StandInRequest, type WechatPayStandIn } from "../helpers/wechatpay-stand-in"
import type PayoutModuleService from "../../src/modules/payout/service"
import { PAYOUT_MODULE } from "../../src/types/module-names"
import { loadPayout } from "../../src/workflows/payout/utils/load-payout"
import { processPayouts } from "../../src/workflows/payout/utils/process-payouts"

jest.setTimeout(480 * 1000)

/**
 * The `wechatpay` payout provider through the real app and PostgreSQL,
 * against the WeChat Pay stand-in on loopback: batches sent on approval,
 * confirmed by the dealer, callbacks (duplicate, forged), failures and
 * retries, unknown outcomes, a crash mid-batch, real names from 2000 CNY,
 * cancel, the rate limit, and who sees which payouts.
 */
const MCHID = "1900000109"
const APPID = "wx8888888888888888"
const BILLS = "/v3/fund-app/mch-transfer/transfer-bills"
const RATE = 5

let standIn: WechatPayStandIn
// Known to the suite too, so it can sign callbacks of its own (other merchants, unknown bills, clock skew).
let platform: RsaPemPair & { publicKeyId: string }
let apiv3Key: string

// Before the runner's own beforeAll, which loads medusa-config.ts (it reads DISTRIBUTION_OPTIONS).
beforeAll(async () => {
  const merchant = generateMerchantKeys()
  apiv3Key = generateApiV3Key()
  platform = { ...generateRsaPemPair(), publicKeyId: `PUB_KEY_ID_${crypto.randomBytes(14).toString("hex").toUpperCase()}` }
  standIn = await startWechatPayStandIn({
    merchantPublicKey: merchant.publicKey,
    merchantSerial: merchant.serial,
    mchid: MCHID,
    appid: APPID,
    apiv3Key,
    platformKeys: platform,
  })
  process.env.DISTRIBUTION_OPTIONS = JSON.stringify({
    min_payout_amount: "10",
    payout_providers: [
      { id: "manual" },
      {
        id: "wechatpay",
        options: standInProviderOptions({ ...merchant, mchid: MCHID, appid: APPID, apiv3Key }, standIn, {
          // Long enough for a signed create on a loaded 2-core CI machine; a "timeout" request hangs for good.
          timeout_ms: 3000,
          rate_limit_per_second: RATE,
        }),
      },
    ],
  })
})
afterAll(async () => {
  delete process.env.DISTRIBUTION_OPTIONS
  await standIn?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const failed = (promise: Promise<any>) =>
  promise.then(
    (res) => {
      throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data)}`)
    },
    (err) => err.response
  )

/** Polls `read` every 50 ms until `ok` (by default for at most ~10 s). */
async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, seconds = 10): Promise<T> {
  let last: T | undefined
  for (let i = 0; i < seconds * 20; i++) {
    last = await read()
    if (ok(last)) {
      return last
    }
    await sleep(50)
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`)
}

type Dealer = { id: string; code: string; config: RequestConfig; openid: string; real_name: string }

const creates = (outBillNo: string) =>
  standIn.requests.filter((r) => r.method === "POST" && r.path === BILLS && JSON.parse(r.body).out_bill_no === outBillNo)

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let admin: RequestConfig
    let dealers: Dealer[]
    let stranger: RequestConfig
    let pk: Record<string, string>
    let seq = 0

    afterEach(() => standIn.behaveNormally())

    beforeAll(async () => {
      standIn.notifyUrl = `${api.defaults.baseURL}/hooks/distribution/wechatpay`
      // The every-minute processing job is off: this suite decides when the processor runs
      // (the approval subscriber, or processPayouts), so nothing queries or sends behind its back.
      await new WorkflowScheduler().clearWorkflow({ id: "job-distribution-process-payouts" } as any)

      admin = await signInAdmin(api, getContainer())
      const publishableKey = await createPublishableKey(getContainer())
      pk = { "x-publishable-api-key": publishableKey }
      const tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "T1", name_zh: "一级" }, admin)).data.tier
      dealers = []
      for (let i = 0; i < 8; i++) {
        const code = `WX${String(i).padStart(3, "0")}`
        const account = await registerCustomer(api, publishableKey, `${code.toLowerCase()}@dealers.test`)
        const dealer = (
          await api.post(
            "/admin/distribution/dealers",
            { customer_id: account.customer_id, tier_id: tier.id, display_name: `Dealer ${code}`, code },
            admin
          )
        ).data.dealer
        const openid = `o-openid-${code}-0123456789abcd`
        const real_name = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"][i]
        // Set by the dealer, signed in: an admin can't set a WeChat account.
        await api.put("/store/distribution/me/payout-account", { provider_id: "wechatpay", openid, real_name }, account.config)
        dealers.push({ id: dealer.id, code, config: account.config, openid, real_name })
      }
      stranger = (await registerCustomer(api, publishableKey, "stranger@shop.test")).config
      await dbUtils.snapshot()
    })

    const payoutModule = () => getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)

    const fund = (dealer: Dealer, amount: string) =>
      api.post(
        "/admin/distribution/commission/adjustments",
        { dealer_id: dealer.id, amount, currency_code: "cny", reason: "Payout test funds", idempotency_key: `payout-test-${++seq}` },
        admin
      )

    const createBatch = async (funded: [Dealer, string][]) => {
      for (const [dealer, amount] of funded) {
        await fund(dealer, amount)
      }
      const { data } = await api.post(
        "/admin/distribution/payouts/batches",
        { currency_code: "cny", provider_id: "wechatpay", dealer_ids: funded.map(([d]) => d.id) },
        admin
      )
      return data.batch
    }

    const payoutsOf = async (batchId: string): Promise<any[]> =>
      (await api.get(`/admin/distribution/payouts?batch_id=${batchId}&limit=100`, admin)).data.payouts
    const payout = async (id: string) => (await api.get(`/admin/distribution/payouts/${id}`, admin)).data
    const batchOf = async (id: string) => (await api.get(`/admin/distribution/payouts/batches/${id}`, admin)).data.batch
    const balance = async (dealer: Dealer) =>
      (await api.get(`/admin/distribution/dealers/${dealer.id}/balance`, admin)).data.balances[0]
    const ledger = async (dealer: Dealer): Promise<any[]> =>
      (await api.get(`/admin/distribution/commission/entries?dealer_id=${dealer.id}&limit=100`, admin)).data.entries

    /** Waits until every payout of the batch is in one of `statuses`. */
    const batchIn = (batchId: string, statuses: string[]) =>
      until(`batch ${batchId} in ${statuses}`, () => payoutsOf(batchId), (ps) => ps.length > 0 && ps.every((p) => statuses.includes(p.status)))

    const approve = (batchId: string) => api.post(`/admin/distribution/payouts/batches/${batchId}/approve`, {}, admin)

    /** Approves and waits for the background sender to have sent every payout (whatever the answer). */
    const approveAndSend = async (batchId: string) => {
      await approve(batchId)
      return await batchIn(batchId, ["processing", "awaiting_confirmation", "succeeded", "failed", "canceled"])
    }

    /** One run of the processor, as the job makes it (again if the approval's run still holds the lock). */
    const runProcessor = async () => {
      for (let i = 0; i < 100; i++) {
        const handled = await processPayouts(getContainer())
        if (!handled.skipped_busy.includes("wechatpay")) {
          return handled
        }
        await sleep(50)
      }
      throw new Error("the payout processor stayed busy")
    }

    const byDealer = (payouts: any[], dealer: Dealer) => payouts.find((p) => p.dealer_id === dealer.id)

    it("sends on approval, shows the dealer what to confirm, and settles the ledger once WeChat says SUCCESS", async () => {
      const [a, b] = dealers
      const batch = await createBatch([[a, "120.50"], [b, "30.00"]])
      expect(batch).toEqual(expect.objectContaining({ status: "draft", total_amount: "150.50" }))
      const payouts = await approveAndSend(batch.id)
      expect(payouts.map((p) => p.status)).toEqual(["awaiting_confirmation", "awaiting_confirmation"])

      const pa = byDealer(payouts, a)
      const pb = byDealer(payouts, b)
      expect(pa).toEqual(
        expect.objectContaining({ amount: "120.50", provider_state: "WAIT_USER_CONFIRM", needs_query: false, out_bill_no: pa.id.replace("_", "") })
      )
      const transfer = standIn.transfers.get(pa.out_bill_no)!
      expect(transfer).toEqual(expect.objectContaining({ amount: 12050, openid: a.openid, appid: APPID, create_count: 1, state: "WAIT_USER_CONFIRM" }))
      expect(transfer.user_name).toBeUndefined()
      expect(pa.package_info).toBe(transfer.package_info)
      expect(pa.provider_reference).toBe(transfer.transfer_bill_no)
      expect(await balance(a)).toEqual(expect.objectContaining({ available: "0", reserved: "120.50", paid_out: "0" }))

      // The dealer sees its payout with what its storefront needs to open WeChat's confirm page; only its own.
      const mine = (await api.get("/store/distribution/me/payouts", a.config)).data
      expect(mine.payouts.map((p: any) => [p.id, p.package_info])).toEqual([[pa.id, transfer.package_info]])
      expect(mine.confirm_params).toEqual({ wechatpay: { mch_id: MCHID, app_id: APPID } })
      expect(mine.payouts[0].dealer).toBeUndefined()
      const theirs = (await api.get("/store/distribution/me/payouts", b.config)).data
      expect(theirs.payouts.map((p: any) => p.id)).toEqual([pb.id])

      // Asking WeChat again (a refresh, the job's poll) keeps what the dealer needs: a query has no package_info.
      const refreshed = (await api.post(`/admin/distribution/payouts/${pa.id}/refresh`, {}, admin)).data.payout
      expect(refreshed).toEqual(expect.objectContaining({ status: "awaiting_confirmation", package_info: transfer.package_info }))

      expect(await standIn.confirm(pa.out_bill_no)).toBe(200)
      expect((await payout(pa.id)).payout).toEqual(expect.objectContaining({ status: "succeeded", package_info: null }))
      expect((await batchOf(batch.id)).status).toBe("processing")
      expect(await standIn.confirm(pb.out_bill_no)).toBe(200)
      expect(await batchOf(batch.id)).toEqual(
        expect.objectContaining({ status: "completed", progress: expect.objectContaining({ succeeded: 2, amount_succeeded: "150.50" }) })
      )

      const entries = await ledger(a)
      expect(entries.map((e) => [e.kind, e.status, e.amount, e.payout_id]).sort()).toEqual([
        ["adjustment", "paid", "120.50", null],
        ["payout", "paid", "-120.50", pa.id],
      ])
      expect(await balance(a)).toEqual(expect.objectContaining({ available: "0", reserved: "0", paid: "120.50", paid_out: "120.50" }))
    })

    it("answers a repeated callback SUCCESS and applies it once; refuses forged ones and changes nothing", async () => {
      const [a] = dealers
      const batch = await createBatch([[a, "45.00"]])
      const [p] = await approveAndSend(batch.id)
      expect(p.status).toBe("awaiting_confirmation")
      const before = (await payout(p.id)).events.length

      // WeChat has it SUCCESS, but only forgeries say so.
      await standIn.setState(p.out_bill_no, "SUCCESS", { notify: false })
      for (const forge of ["bad_signature", "wrong_key", "stale_timestamp", "tampered_body", "undecryptable"] as const) {
        const [status] = await standIn.sendCallback(p.out_bill_no, { forge })
        expect([forge, status]).toEqual([forge, 401])
      }
      const untouched = await payout(p.id)
      expect(untouched.payout.status).toBe("awaiting_confirmation")
      expect(untouched.events).toHaveLength(before)
      expect(await balance(a)).toEqual(expect.objectContaining({ reserved: "45.00", paid_out: "0" }))

      // The genuine one, delivered twice (same notification id), then once more.
      expect(await standIn.sendCallback(p.out_bill_no, { duplicate: true })).toEqual([200, 200])
      expect(await standIn.sendCallback(p.out_bill_no)).toEqual([200])
      const settled = await payout(p.id)
      expect(settled.payout.status).toBe("succeeded")
      expect(settled.events.filter((e: any) => e.kind === "callback_answer")).toHaveLength(1)
      const payoutEntries = (await ledger(a)).filter((e) => e.kind === "payout")
      expect(payoutEntries.map((e) => e.amount)).toEqual(["-45.00"])
      expect(await balance(a)).toEqual(expect.objectContaining({ available: "0", reserved: "0", paid_out: "45.00" }))
    })

    it("a FAIL gives the money back; a retry is a new payout with a new out_bill_no, once", async () => {
      const [a] = dealers
      const batch = await createBatch([[a, "60.00"]])
      const [p] = await approveAndSend(batch.id)
      expect(await standIn.setState(p.out_bill_no, "FAIL", { fail_reason: "ACCOUNT_NOT_EXIST" })).toBe(200)

      const failedPayout = (await payout(p.id)).payout
      expect(failedPayout).toEqual(expect.objectContaining({ status: "failed", failure_reason: "ACCOUNT_NOT_EXIST", provider_state: "FAIL" }))
      expect(await balance(a)).toEqual(expect.objectContaining({ available: "60.00", reserved: "0" }))
      expect((await batchOf(batch.id)).status).toBe("partially_failed")

      const retry = (await api.post(`/admin/distribution/payouts/${p.id}/retry`, {}, admin)).data.payout
      expect(retry.id).not.toBe(p.id)
      expect(retry).toEqual(expect.objectContaining({ retry_of_id: p.id, amount: "60.00", out_bill_no: retry.id.replace("_", "") }))
      expect(retry.out_bill_no).not.toBe(p.out_bill_no)
      const again = await failed(api.post(`/admin/distribution/payouts/${p.id}/retry`, {}, admin))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already been retried/)

      const sent = await until("the retry sent", () => payout(retry.id), ({ payout }) => payout.status === "awaiting_confirmation")
      expect(sent.payout.retry_of_id).toBe(p.id)
      expect(standIn.transfers.get(retry.out_bill_no)).toEqual(expect.objectContaining({ amount: 6000, create_count: 1 }))
      expect(standIn.transfers.get(p.out_bill_no)).toEqual(expect.objectContaining({ state: "FAIL", create_count: 1 }))
      expect((await payout(p.id)).payout.retried_by_id).toBe(retry.id)
      expect(await balance(a)).toEqual(expect.objectContaining({ available: "0", reserved: "60.00" }))
      expect((await batchOf(batch.id)).status).toBe("processing")
    })

    it("a lost answer or an unverifiable one is never a failure: asked about, it is the transfer WeChat already has", async () => {
      const [a, b] = dealers
      const batch = await createBatch([[a, "20.00"], [b, "25.00"]])
      // One create is carried out with its answer lost, the other's answer is badly signed (sent
      // side by side, so which payout gets which is not fixed).
      standIn.misbehave(["lost_response", "bad_signature"])
      const payouts = await approveAndSend(batch.id)
      const [pa, pb] = payouts
      for (const p of [pa, pb]) {
        expect(p).toEqual(expect.objectContaining({ status: "processing", needs_query: true }))
        expect(p.last_error).toBeTruthy()
        expect(standIn.transfers.get(p.out_bill_no)).toEqual(expect.objectContaining({ state: "WAIT_USER_CONFIRM", create_count: 1 }))
      }
      expect([pa, pb].flatMap((p) => creates(p.out_bill_no).map((r) => r.misbehavior)).sort()).toEqual(["bad_signature", "lost_response"])
      expect((await api.get(`/admin/distribution/dealers/${pa.dealer_id}/balance`, admin)).data.balances[0]).toEqual(
        expect.objectContaining({ available: "0", reserved: pa.dealer_id === a.id ? "20.00" : "25.00" })
      )

      // The admin asks now about the first; the processor asks about the second.
      const refreshed = (await api.post(`/admin/distribution/payouts/${pa.id}/refresh`, {}, admin)).data.payout
      expect(refreshed).toEqual(expect.objectContaining({ status: "awaiting_confirmation", needs_query: false, last_error: null }))
      await runProcessor()
      expect((await payout(pb.id)).payout).toEqual(expect.objectContaining({ status: "awaiting_confirmation", needs_query: false }))
      for (const p of [pa, pb]) {
        // One transfer each; the create was repeated once, under the same out_bill_no, only to get
        // back the package_info the dealer confirms with (the lost answer had it, a query doesn't).
        expect(standIn.transfers.get(p.out_bill_no)).toEqual(expect.objectContaining({ create_count: 2, state: "WAIT_USER_CONFIRM" }))
        expect(creates(p.out_bill_no)).toHaveLength(2)
        expect((await payout(p.id)).payout.package_info).toBe(standIn.transfers.get(p.out_bill_no)!.package_info)
      }
      expect(standIn.transfers.size).toBeGreaterThanOrEqual(2)
    })

    it("a 500 or a timeout keeps the money reserved; a 'not found' query sends it again under the same out_bill_no", async () => {
      const [a, b] = dealers
      const batch = await createBatch([[a, "20.00"], [b, "25.00"]])
      standIn.misbehave(["500", "timeout"])
      const payouts = await approveAndSend(batch.id)
      for (const p of payouts) {
        expect(p).toEqual(expect.objectContaining({ status: "processing", needs_query: true }))
        expect(standIn.transfers.has(p.out_bill_no)).toBe(false)
      }
      expect(await balance(a)).toEqual(expect.objectContaining({ available: "0", reserved: "20.00" }))
      expect(await balance(b)).toEqual(expect.objectContaining({ available: "0", reserved: "25.00" }))

      // Asked about, WeChat has never heard of them: they are sent again (by this run or the next).
      let resolved = payouts
      for (let run = 0; run < 3 && !resolved.every((p) => p.status === "awaiting_confirmation"); run++) {
        await runProcessor()
        resolved = await payoutsOf(batch.id)
      }
      expect(resolved.map((p) => [p.id, p.status, p.out_bill_no])).toEqual(
        payouts.map((p) => [p.id, "awaiting_confirmation", p.out_bill_no])
      )
      const firstAnswers: string[] = []
      for (const p of payouts) {
        expect(standIn.transfers.get(p.out_bill_no)!.create_count).toBe(1)
        // What reached WeChat for this out_bill_no, in order: the failed create, a query, the create again.
        const seen = standIn.requests.filter((r) => r.path.includes(p.out_bill_no) || creates(p.out_bill_no).includes(r))
        const steps = seen.map((r) => `${r.method} ${r.misbehavior ?? r.status}`)
        expect(steps).toEqual([expect.stringMatching(/^POST (500|timeout)$/), "GET 404", "POST 200"])
        firstAnswers.push(steps[0])
        const { events } = await payout(p.id)
        expect(events.some((e: any) => e.detail?.status_after === "failed")).toBe(false)
      }
      // One payout met the 500, the other the timeout.
      expect(firstAnswers.sort()).toEqual(["POST 500", "POST timeout"])
    })

    it("a processor process killed (SIGKILL) mid-batch: the next run sends every payout exactly once", async () => {
      const funded = dealers.slice(4, 8).map((d, i) => [d, `${21 + i}.00`] as [Dealer, string])
      const batch = await createBatch(funded)
      const ids = (await payoutsOf(batch.id)).map((p) => p.id)
      // Approved as the approve workflow does, without its event: another process does the sending.
      const module = payoutModule()
      await module.updatePayoutBatches({ id: batch.id, status: "approved", approved_at: new Date() })
      expect(await module.movePayouts(ids, ["draft"], "queued")).toHaveLength(4)

      // A separate Medusa process runs the processor; its creates reach WeChat and their
      // answers never come back; it is killed while waiting for them.
      standIn.misbehave(["lost_response", "lost_response", "lost_response", "lost_response"])
      const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const child = spawn(process.execPath, [require.resolve("@medusajs/cli/cli.js"), "exec", "./src/scripts/process-payouts.ts"], {
        cwd: path.join(__dirname, "..", ".."),
        env: { ...process.env, DATABASE_URL: config.projectConfig.databaseUrl, NODE_OPTIONS: "" },
        stdio: "ignore",
      })
      const exited = new Promise((resolve) => child.once("exit", resolve))
      const ours = (r: StandInRequest) => r.method === "POST" && r.path === BILLS && ids.some((id) => JSON.parse(r.body).out_bill_no === id.replace("_", ""))
      // The other process boots a whole Medusa app first: on a busy CI machine that takes a while.
      await until("the other process's creates", async () => standIn.requests.filter(ours).length, (n) => n >= 4, 180)
      child.kill("SIGKILL")
      await exited
      expect(standIn.requests.filter(ours).map((r) => r.misbehavior)).toEqual(Array(4).fill("lost_response"))

      await runProcessor()
      const payouts = await payoutsOf(batch.id)
      expect(payouts.map((p) => p.status)).toEqual(Array(4).fill("awaiting_confirmation"))
      for (const p of payouts) {
        // One transfer each, for its amount, and the dealer can confirm it.
        expect(standIn.transfers.get(p.out_bill_no)).toEqual(expect.objectContaining({ amount: Math.round(Number(p.amount) * 100) }))
        expect(p.package_info).toBe(standIn.transfers.get(p.out_bill_no)!.package_info)
      }
      expect(ids.filter((id) => standIn.transfers.has(id.replace("_", "")))).toHaveLength(4)
    })

    it("after a crash mid-batch every payout is sent exactly once", async () => {
      const funded = dealers.slice(0, 4).map((d, i) => [d, `${11 + i}.00`] as [Dealer, string])
      const batch = await createBatch(funded)
      const ids = (await payoutsOf(batch.id)).map((p) => p.id)
      expect(ids).toHaveLength(4)
      // What a processor killed mid-batch leaves behind: the batch processing, all queued; two
      // claimed (sending) with the provider never called; one whose create reached WeChat, its answer lost.
      const module = payoutModule()
      await module.updatePayoutBatches({ id: batch.id, status: "processing", approved_at: new Date() })
      expect(await module.movePayouts(ids, ["draft"], "queued")).toHaveLength(4)
      expect(await module.movePayouts(ids.slice(0, 3), ["queued"], "sending", { count_attempt: true })).toHaveLength(3)
      const lost = await loadPayout(getContainer(), ids[2])
      standIn.misbehave(["lost_response"])
      const outcome = await module.provider("wechatpay").createTransfer({
        payout_id: lost.id,
        out_bill_no: lost.out_bill_no,
        amount: lost.amount,
        currency_code: lost.currency_code,
        account: lost.account_snapshot ?? {},
        remark: null,
      })
      expect(outcome.state).toBe("unknown")
      expect(standIn.transfers.get(lost.out_bill_no)!.create_count).toBe(1)

      await runProcessor()
      const payouts = await payoutsOf(batch.id)
      expect(payouts.map((p) => p.status)).toEqual(Array(4).fill("awaiting_confirmation"))
      for (const p of payouts) {
        // One transfer each, for the right amount, and every dealer can confirm it. The lost one's
        // create was repeated (same out_bill_no) to get back its package_info.
        const lostOne = p.out_bill_no === lost.out_bill_no
        expect(standIn.transfers.get(p.out_bill_no)).toEqual(
          expect.objectContaining({ create_count: lostOne ? 2 : 1, amount: Math.round(Number(p.amount) * 100) })
        )
        expect(creates(p.out_bill_no)).toHaveLength(lostOne ? 2 : 1)
        expect(p.package_info).toBe(standIn.transfers.get(p.out_bill_no)!.package_info)
      }
      // The sending ones were asked about first.
      const queried = (outBillNo: string) => standIn.requests.some((r) => r.method === "GET" && r.path.endsWith(`/out-bill-no/${outBillNo}`))
      expect(payouts.map((p) => queried(p.out_bill_no))).toEqual([true, true, true, false])
    })

    it("sends the dealer's real name, encrypted, from 2000 CNY on, and not below", async () => {
      const [a, b] = dealers
      const batch = await createBatch([[a, "2500.00"], [b, "1999.99"]])
      const payouts = await approveAndSend(batch.id)
      const [pa, pb] = [byDealer(payouts, a), byDealer(payouts, b)]
      expect([pa.status, pb.status]).toEqual(["awaiting_confirmation", "awaiting_confirmation"])

      expect(standIn.transfers.get(pa.out_bill_no)).toEqual(expect.objectContaining({ amount: 250000, user_name: a.real_name }))
      const [create] = creates(pa.out_bill_no)
      expect(create.body).not.toContain(a.real_name)
      expect(JSON.parse(create.body).user_name).toEqual(expect.any(String))
      expect(create.headers["wechatpay-serial"]).toBe(standIn.publicKeyId)

      expect(standIn.transfers.get(pb.out_bill_no)).toEqual(expect.objectContaining({ amount: 199999, user_name: undefined }))
      expect(JSON.parse(creates(pb.out_bill_no)[0].body)).not.toHaveProperty("user_name")
    })

    it("cancels a transfer the dealer hasn't confirmed, and releases its money", async () => {
      const [a] = dealers
      const batch = await createBatch([[a, "88.00"]])
      const [p] = await approveAndSend(batch.id)
      expect(p.status).toBe("awaiting_confirmation")

      const answered = (await api.post(`/admin/distribution/payouts/${p.id}/cancel`, {}, admin)).data.payout
      expect(["processing", "canceled"]).toContain(answered.status)
      const { payout: canceled } = await until("the cancel", () => payout(p.id), ({ payout }) => payout.status === "canceled")
      expect(canceled.package_info).toBeNull()
      expect(standIn.transfers.get(p.out_bill_no)!.state).toBe("CANCELLED")
      await until("the CANCELLED callback", async () => standIn.callbacks, (cs) =>
        cs.some((c) => c.out_bill_no === p.out_bill_no && c.state === "CANCELLED" && c.status === 200)
      )
      expect(await balance(a)).toEqual(expect.objectContaining({ available: "88.00", reserved: "0", paid_out: "0" }))
      expect((await batchOf(batch.id)).status).toBe("partially_failed")
      const again = await failed(api.post(`/admin/distribution/payouts/${p.id}/cancel`, {}, admin))
      expect(again.status).toBe(400)
    })

    it(`sends a batch larger than the rate (${RATE}/s), each payout once, through the limiter`, async () => {
      const batch = await createBatch(dealers.map((d) => [d, "12.00"] as [Dealer, string]))
      const payouts = await approveAndSend(batch.id)
      expect(payouts.map((p) => p.status)).toEqual(Array(8).fill("awaiting_confirmation"))
      // One create per payout. How the limiter spaces them is a property of the limiter, tested
      // with a fake clock (src/lib/payout/__tests__), and measured against the stand-in by
      // `npm run bench:payouts`: no test here times anything.
      expect(payouts.map((p) => creates(p.out_bill_no).length)).toEqual(Array(8).fill(1))
    })

    // ---- Replayed, out-of-order and misaddressed callbacks (#8): each changes no payout, batch or ledger row.

    const hookUrl = () => `${api.defaults.baseURL}/hooks/distribution/wechatpay`
    /** Posts a callback as WeChat does; answers our status and body. */
    const deliver = async (callback: { headers: Record<string, string>; rawBody: string }) => {
      const res = await fetch(hookUrl(), { method: "POST", headers: callback.headers, body: callback.rawBody })
      const text = await res.text()
      return { status: res.status, body: text ? JSON.parse(text) : null }
    }
    /**
     * A callback signed with the platform key and encrypted with the APIv3 key,
     * exactly as WeChat builds one, for a bill we choose; `skew` moves its
     * Wechatpay-Timestamp by that many seconds.
     */
    const wechatCallback = (bill: Record<string, unknown>, { skew = 0, id = crypto.randomUUID() } = {}) => {
      const nonce = crypto.randomBytes(6).toString("hex")
      const cipher = crypto.createCipheriv("aes-256-gcm", Buffer.from(apiv3Key, "utf8"), Buffer.from(nonce, "utf8"))
      cipher.setAAD(Buffer.from("mch_payment", "utf8"))
      const ciphertext = Buffer.concat([cipher.update(JSON.stringify(bill), "utf8"), cipher.final(), cipher.getAuthTag()])
      const rawBody = JSON.stringify({
        id,
        create_time: new Date().toISOString(),
        resource_type: "encrypt-resource",
        event_type: "MCHTRANSFER.BILL.FINISHED",
        summary: "商家转账单据终态通知",
        resource: {
          original_type: "mch_payment",
          algorithm: "AEAD_AES_256_GCM",
          ciphertext: ciphertext.toString("base64"),
          associated_data: "mch_payment",
          nonce,
        },
      })
      const timestamp = String(Math.floor(Date.now() / 1000) + skew)
      const headerNonce = crypto.randomBytes(16).toString("hex")
      const signature = crypto
        .sign("sha256", Buffer.from(`${timestamp}\n${headerNonce}\n${rawBody}\n`, "utf8"), crypto.createPrivateKey(platform.privateKey))
        .toString("base64")
      return {
        headers: {
          "Content-Type": "application/json",
          "Wechatpay-Timestamp": timestamp,
          "Wechatpay-Nonce": headerNonce,
          "Wechatpay-Signature": signature,
          "Wechatpay-Serial": platform.publicKeyId,
        },
        rawBody,
      }
    }
    /** The bill WeChat has for a payout, in a given state (fields as the stand-in keeps them). */
    const billOf = (outBillNo: string, state: string, extra: Record<string, unknown> = {}) => {
      const t = standIn.transfers.get(outBillNo)!
      return {
        out_bill_no: outBillNo,
        transfer_bill_no: t.transfer_bill_no,
        state,
        mch_id: MCHID,
        transfer_amount: t.amount,
        openid: t.openid,
        ...(state === "FAIL" ? { fail_reason: "ACCOUNT_FROZEN" } : {}),
        create_time: t.create_time,
        update_time: new Date().toISOString(),
        ...extra,
      }
    }
    /** Every row a callback could change: payouts, batches, ledger entries and their moves. */
    const moneyRows = async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const read = async (table: string) => (await pg.raw(`select * from ${table} order by id`)).rows
      return {
        payouts: await read("payout"),
        batches: await read("payout_batch"),
        entries: await read("commission_entry"),
        transitions: await read("commission_entry_transition"),
      }
    }
    const eventsOf = async (payoutId: string) => (await payout(payoutId)).events

    it("an old callback replayed after the payout settled, a contradicting FAIL, or a stale or future timestamp change nothing", async () => {
      const [a] = dealers
      const batch = await createBatch([[a, "25.00"]])
      const [p] = await approveAndSend(batch.id)
      expect(p.status).toBe("awaiting_confirmation")
      // Captured while the transfer waited for the dealer: validly signed, a real notification.
      const waiting = wechatCallback(billOf(p.out_bill_no, "WAIT_USER_CONFIRM"))
      const processing = wechatCallback(billOf(p.out_bill_no, "PROCESSING"))
      const success = wechatCallback(billOf(p.out_bill_no, "SUCCESS"))
      expect(await deliver(success)).toEqual({ status: 200, body: { code: "SUCCESS" } })
      expect((await payout(p.id)).payout.status).toBe("succeeded")
      const settled = await moneyRows()
      expect(await balance(a)).toEqual(expect.objectContaining({ reserved: "0", paid_out: "25.00" }))

      // Replayed later (within WeChat's 5-minute signature window): answered, ignored.
      for (const old of [waiting, processing, success]) {
        expect(await deliver(old)).toEqual({ status: 200, body: { code: "SUCCESS" } })
      }
      // WeChat contradicting itself: a FAIL after SUCCESS never un-pays.
      expect((await deliver(wechatCallback(billOf(p.out_bill_no, "FAIL")))).status).toBe(200)
      expect((await deliver(wechatCallback(billOf(p.out_bill_no, "CANCELLED")))).status).toBe(200)
      expect(await moneyRows()).toEqual(settled)

      // A replay outside the window is refused before it is read: 10 minutes old, or from the future.
      // Just past the edge ahead is 303 s, not 301: the gap to a future stamp shrinks while the
      // request travels, and a second boundary passing on the way made 301 s read as 300.
      const eventsBefore = (await eventsOf(p.id)).length
      for (const skew of [-600, -301, 303, 600]) {
        const res = await deliver(wechatCallback(billOf(p.out_bill_no, "FAIL"), { skew }))
        expect([skew, res.status, res.body.code]).toEqual([skew, 401, "FAIL"])
        expect(res.body.message).toMatch(/Wechatpay-Timestamp is -?\d+s off/)
      }
      expect(await moneyRows()).toEqual(settled)
      expect(await eventsOf(p.id)).toHaveLength(eventsBefore)
    })

    it("out of order: SUCCESS before the ACCEPTED/PROCESSING one, an older state after a newer one, a retried payout's old bill", async () => {
      const [a, b, c] = dealers
      const batch = await createBatch([[a, "11.00"], [b, "12.00"], [c, "13.00"]])
      const payouts = await approveAndSend(batch.id)
      const [pa, pb, pc] = [byDealer(payouts, a), byDealer(payouts, b), byDealer(payouts, c)]

      // a: the final SUCCESS overtakes the earlier ACCEPTED and PROCESSING notifications.
      expect((await deliver(wechatCallback(billOf(pa.out_bill_no, "SUCCESS")))).status).toBe(200)
      const afterSuccess = await moneyRows()
      for (const state of ["ACCEPTED", "PROCESSING", "WAIT_USER_CONFIRM", "TRANSFERING"]) {
        expect((await deliver(wechatCallback(billOf(pa.out_bill_no, state)))).status).toBe(200)
      }
      expect(await moneyRows()).toEqual(afterSuccess)
      expect((await payout(pa.id)).payout).toEqual(expect.objectContaining({ status: "succeeded", provider_state: "SUCCESS" }))

      // b: the dealer confirmed (TRANSFERING); an older WAIT_USER_CONFIRM or ACCEPTED arriving late never moves it back.
      expect((await deliver(wechatCallback(billOf(pb.out_bill_no, "TRANSFERING")))).status).toBe(200)
      expect((await payout(pb.id)).payout).toEqual(expect.objectContaining({ status: "processing", provider_state: "TRANSFERING" }))
      const transferring = await moneyRows()
      for (const state of ["WAIT_USER_CONFIRM", "ACCEPTED", "PROCESSING"]) {
        expect((await deliver(wechatCallback(billOf(pb.out_bill_no, state)))).status).toBe(200)
      }
      expect(await moneyRows()).toEqual(transferring)

      // c: FAIL, then retried under a new out_bill_no; the old bill's late callbacks touch neither payout.
      expect((await deliver(wechatCallback(billOf(pc.out_bill_no, "FAIL")))).status).toBe(200)
      expect(await balance(c)).toEqual(expect.objectContaining({ available: "13.00", reserved: "0" }))
      const retry = (await api.post(`/admin/distribution/payouts/${pc.id}/retry`, {}, admin)).data.payout
      await until("the retry sent", () => payout(retry.id), ({ payout }) => payout.status === "awaiting_confirmation")
      const retried = await moneyRows()
      for (const state of ["WAIT_USER_CONFIRM", "SUCCESS", "FAIL"]) {
        expect((await deliver(wechatCallback(billOf(pc.out_bill_no, state)))).status).toBe(200)
      }
      expect(await moneyRows()).toEqual(retried)
      expect(await balance(c)).toEqual(expect.objectContaining({ available: "0", reserved: "13.00", paid_out: "0" }))
      // The retry's own SUCCESS pays once.
      expect((await deliver(wechatCallback(billOf(retry.out_bill_no, "SUCCESS")))).status).toBe(200)
      expect(await balance(c)).toEqual(expect.objectContaining({ reserved: "0", paid_out: "13.00" }))
      expect((await ledger(c)).filter((e) => e.kind === "payout").map((e) => [e.amount, e.payout_id])).toEqual([["-13.00", retry.id]])
    })

    it("a callback for a bill we don't have, or one that decrypts but names another merchant, app, amount or recipient, changes nothing", async () => {
      const [a] = dealers
      const batch = await createBatch([[a, "31.00"]])
      const [p] = await approveAndSend(batch.id)
      const before = await moneyRows()
      const eventsBefore = (await eventsOf(p.id)).length

      // Signed by WeChat, about a bill that isn't ours (another system on the merchant id): acknowledged, ignored.
      const unknown = await deliver(wechatCallback(billOf(p.out_bill_no, "SUCCESS", { out_bill_no: "po01UNKNOWNBILL000000000000000" })))
      expect(unknown).toEqual({ status: 200, body: { code: "SUCCESS", message: "unknown out_bill_no" } })

      // Decrypts with our key but is about another merchant, app, amount or recipient: refused, as WeChat reads it (4xx + FAIL).
      for (const [what, extra, message] of [
        ["merchant", { mch_id: "1900000999" }, /merchant 1900000999/],
        ["app", { appid: "wx0000000000000000" }, /app wx0000000000000000/],
        ["amount", { transfer_amount: 3101 }, /31\.01 CNY.*31\.00/],
        ["recipient", { openid: "o-someone-else-000000000000" }, /openid/],
      ] as const) {
        const res = await deliver(wechatCallback(billOf(p.out_bill_no, "SUCCESS", extra)))
        expect([what, res.status, res.body.code]).toEqual([what, 401, "FAIL"])
        expect(res.body.message).toMatch(message)
      }
      expect(await moneyRows()).toEqual(before)
      expect(await eventsOf(p.id)).toHaveLength(eventsBefore)
      expect((await payout(p.id)).payout.status).toBe("awaiting_confirmation")

      // The genuine one still settles it.
      expect((await deliver(wechatCallback(billOf(p.out_bill_no, "SUCCESS")))).status).toBe(200)
      expect(await balance(a)).toEqual(expect.objectContaining({ reserved: "0", paid_out: "31.00" }))
    })

    it("shows payouts only to their own dealer, signed in", async () => {
      const [a, b] = dealers
      const batch = await createBatch([[a, "15.00"], [b, "16.00"]])
      const payouts = await payoutsOf(batch.id)
      const mine = (await api.get("/store/distribution/me/payouts", a.config)).data
      expect(mine.payouts.map((p: any) => p.id)).toEqual([byDealer(payouts, a).id])
      expect(mine.count).toBe(1)
      const theirs = (await api.get("/store/distribution/me/payouts?status=draft", b.config)).data
      expect(theirs.payouts.map((p: any) => p.id)).toEqual([byDealer(payouts, b).id])
      expect((await failed(api.get("/store/distribution/me/payouts", stranger))).status).toBe(404)
      expect((await failed(api.get("/store/distribution/me/payouts", { headers: pk }))).status).toBe(401)
      expect((await failed(api.get(`/store/distribution/me/payouts?dealer_id=${b.id}`, a.config))).status).toBe(400)
    })
  },
})
