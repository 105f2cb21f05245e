import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { distributionTestRunner } from "../helpers/test-runner"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { capturePayment, fulfilOrder, placeOrder, refundPayment, setUpFulfilment } from "../helpers/order-lifecycle"
import { setUpStorefront } from "../helpers/storefront"
import { isUnknownReferralCode } from "../../src/lib/attribution/referral-code-errors"
import { hashVisitorIp } from "../../src/lib/attribution/visitor"
import { verifyLedgerInvariants } from "../../src/lib/ledger-invariants"
import type DistributionModuleService from "../../src/modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../src/types/module-names"
import {
  accrueOrderCommissionWorkflow,
  attributeOrderWorkflow,
  recordReferralTouchWorkflow,
  reverseOrderCommissionWorkflow,
} from "../../src/workflows"
import { processPayouts } from "../../src/workflows/payout/utils/process-payouts"
import { decideCartAttribution } from "../../src/workflows/referral/steps/decide-cart-attribution"

jest.setTimeout(600 * 1000)

/**
 * Dealers and shoppers gaming the referral system (#8): buying through one's
 * own code, looping the upline, guessing codes, rewriting an order's
 * attribution after it was placed, and taking commission that is refunded
 * after it was paid out. Each test proves the attempt changes nothing it
 * must not (rows compared) and says so with a 4xx where there is a request.
 * Then the touch routes held to the order's attribution (see "touch
 * recording", last): one spec file, one app boot.
 *
 * The limiter's budgets here are small and their windows a day long, so the
 * test never depends on where a window boundary falls; the defaults and the
 * window arithmetic are unit-tested (src/lib/rate-limit/__tests__). The
 * touch-recording tests stay well inside them (at most 11 touches and 2
 * unknown codes from their own address, 2 touches per visitor token).
 */
const LIMITS = {
  window_seconds: 86_400,
  per_ip: 400,
  per_visitor: 8,
  unknown_code_window_seconds: 86_400,
  unknown_codes_per_ip: 6,
  unknown_codes_per_visitor: 3,
}

// Before the runner's own beforeAll, which loads medusa-config.ts (it reads DISTRIBUTION_OPTIONS).
beforeAll(() => {
  process.env.DISTRIBUTION_OPTIONS = JSON.stringify({ referral_rate_limit: LIMITS })
})
afterAll(() => {
  delete process.env.DISTRIBUTION_OPTIONS
})

const failed = (promise: Promise<any>) =>
  promise.then(
    (res) => {
      throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data)}`)
    },
    (err) => err.response
  )

const token = (name: string) => `vt_${name.padEnd(22, "0")}`

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils, dbConfig, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let tier: { id: string }
    type SignedInDealer = { dealer: any; headers: Record<string, string>; customer_id: string }
    const dealers: Record<string, SignedInDealer> = {}

    /** Dealers (code, upline code) in order, each a signed-in customer, into `into` by code. */
    async function createDealers(into: Record<string, SignedInDealer>, chain: ReadonlyArray<readonly [string, string | null]>) {
      for (const [code, parent] of chain) {
        const account = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@dealers.test`)
        const body = { customer_id: account.customer_id, tier_id: tier.id, display_name: `Dealer ${code}`, code }
        const dealer = (
          await api.post("/admin/distribution/dealers", parent ? { ...body, parent_id: into[parent].dealer.id } : body, admin)
        ).data.dealer
        into[code] = { dealer, headers: { ...account.config.headers, ...store.pk }, customer_id: account.customer_id }
      }
    }

    // HZ001 → NB101 → NB201, each a signed-in customer too; a store that ships.
    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "T1", name_zh: "一级" }, admin)).data.tier
      await createDealers(dealers, [["HZ001", null], ["NB101", "HZ001"], ["NB201", "NB101"]])
      await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      // 10 % to the seller, 5 % to its upline.
      await api.post(
        "/admin/distribution/commission/plan",
        {
          rules: [
            { scope_type: "all", level: 1, type: "percentage", rate: "0.10" },
            { scope_type: "all", level: 2, type: "percentage", rate: "0.05" },
          ],
        },
        admin
      )
      await dbUtils.snapshot()
    })

    const id = (code: string) => dealers[code].dealer.id
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows = async (sql: string, params: string[] = []) => (await pg().raw(sql, params)).rows
    const attributionRow = async (orderId: string) =>
      (await rows(`select * from distribution_order_attribution where order_id = ? and deleted_at is null`, [orderId]))
    const entriesOfOrder = async (orderId: string) =>
      rows(`select id, dealer_id, kind, amount::text, status, created_at from commission_entry where order_id = ? order by id`, [orderId])
    const balance = async (code: string) =>
      (await api.get(`/admin/distribution/dealers/${id(code)}/balance`, admin)).data.balances.find((b: any) => b.currency_code === "cny")
    async function attributionOf(orderId: string) {
      for (let i = 0; i < 100; i++) {
        const res = await api.get(`/admin/distribution/attributions/${orderId}`, admin).catch((e: any) => e.response)
        if (res.status === 200) {
          return res.data.attribution
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no attribution for ${orderId}`)
    }
    async function newCart(headers: Record<string, string> = store.pk, email = "guest@shop.test") {
      const cart = (await api.post("/store/carts", { region_id: store.region.id, email }, { headers })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.variantId, quantity: 2 }, { headers })
      return cart.id as string
    }
    async function complete(cartId: string, headers: Record<string, string> = store.pk) {
      const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, { headers })).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
      expect(data.type).toBe("order")
      await utils.waitWorkflowExecutions()
      return data.order
    }
    /** A touch from a given client address (Medusa trusts one proxy hop: req.ip is the last X-Forwarded-For entry). */
    const touch = (route: "visit" | "attach", body: Record<string, unknown>, ip: string, headers: Record<string, string> = store.pk) =>
      api
        .post(`/store/distribution/referrals/${route}`, body, { headers: { ...headers, "x-forwarded-for": ip } })
        .catch((e: any) => e.response)

    describe("self-referral", () => {
      it("a dealer buying through its own code earns nothing, and neither does its upline; a shopper's order through it does", async () => {
        const own = await placeOrder(api, store, {
          referralCode: "NB201",
          customerHeaders: dealers.NB201.headers,
          email: "nb201@dealers.test",
          quantity: 2,
          utils,
        })
        expect(await attributionOf(own)).toEqual(
          expect.objectContaining({ dealer_id: id("NB201"), reason: "self_referral", commissionable: false })
        )
        // The code typed at checkout makes no difference either.
        const typed = await placeOrder(api, store, {
          referralCode: "NB201",
          referralVia: "attach",
          customerHeaders: dealers.NB201.headers,
          email: "nb201@dealers.test",
          utils,
        })
        expect(await attributionOf(typed)).toEqual(expect.objectContaining({ reason: "self_referral", commissionable: false }))
        // Its upline's code doesn't make the dealer a customer of its upline either (dealer_purchases_attribute_to: "self").
        const viaUpline = await placeOrder(api, store, {
          referralCode: "NB101",
          customerHeaders: dealers.NB201.headers,
          email: "nb201@dealers.test",
          utils,
        })
        expect(await attributionOf(viaUpline)).toEqual(expect.objectContaining({ commissionable: false, reason: "self_referral" }))
        await utils.waitWorkflowExecutions()
        for (const order of [own, typed, viaUpline]) {
          await accrueOrderCommissionWorkflow(getContainer()).run({ input: { order_id: order } })
          expect(await entriesOfOrder(order)).toEqual([])
        }
        // No binding of a dealer to itself or its upline.
        expect(await rows(`select id from distribution_customer_binding where customer_id = ?`, [dealers.NB201.customer_id])).toEqual([])

        // The control: a shopper's order through the same code earns 10 % + 5 %.
        const shopper = await placeOrder(api, store, { referralCode: "NB201", quantity: 2, utils })
        await attributionOf(shopper)
        await accrueOrderCommissionWorkflow(getContainer()).run({ input: { order_id: shopper } })
        expect((await entriesOfOrder(shopper)).map((e: any) => [e.dealer_id, e.kind, e.amount]).sort()).toEqual(
          [
            [id("NB201"), "accrual", "20.00"],
            [id("NB101"), "accrual", "10.00"],
          ].sort()
        )
      })
    })

    describe("circular upline attempts", () => {
      it("refuse a dealer under itself or its own downline, a parent set by update, and a dealer applying again; the tree is unchanged", async () => {
        const tree = () => rows(`select id, parent_id, path, depth from distribution_dealer order by id`)
        const before = await tree()
        const move = (code: string, parent: string | null) =>
          failed(api.post(`/admin/distribution/dealers/${id(code)}/move`, { parent_id: parent }, admin))

        const underGrandchild = await move("HZ001", id("NB201"))
        expect(underGrandchild.status).toBe(400)
        expect(underGrandchild.data.message).toMatch(/cycle/)
        expect((await move("HZ001", id("NB101"))).data.message).toMatch(/cycle/)
        expect((await move("NB101", id("NB201"))).data.message).toMatch(/cycle/)
        expect((await move("NB101", id("NB101"))).data.message).toBe("A dealer cannot be its own upline.")

        // The parent changes only through the move route (which checks): an update naming one is refused.
        const update = await failed(api.post(`/admin/distribution/dealers/${id("HZ001")}`, { parent_id: id("NB201") }, admin))
        expect(update.status).toBe(400)
        // A dealer can't apply (again) to join under someone of its own downline.
        const application = await failed(
          api.post(
            "/store/distribution/applications",
            { contact_name: "Loop", phone: "13800000000", desired_parent_code: "NB201" },
            { headers: dealers.HZ001.headers }
          )
        )
        expect(application.status).toBe(400)
        expect(application.data.message).toContain("already dealer HZ001")

        // Two concurrent moves that would close a loop together (A under B while B under A): at most one wins.
        const [x, y] = await Promise.all([
          api.post(`/admin/distribution/dealers/${id("NB101")}/move`, { parent_id: null }, admin).catch((e: any) => e.response),
          api.post(`/admin/distribution/dealers/${id("HZ001")}/move`, { parent_id: id("NB101") }, admin).catch((e: any) => e.response),
        ])
        expect([x.status, y.status].every((s) => s === 200 || s === 400)).toBe(true)
        const after = await tree()
        // Whatever the order, the tree has no cycle: every path starts at a root and ends at its own dealer.
        for (const d of after) {
          const ids = d.path.split("/").filter(Boolean)
          expect(ids[ids.length - 1]).toBe(d.id)
          expect(new Set(ids).size).toBe(ids.length)
          expect(ids.length).toBe(Number(d.depth))
        }
        expect(before.map((d: any) => d.id)).toEqual(after.map((d: any) => d.id))
      })
    })

    describe("code guessing", () => {
      it("an address that spends its unknown-code budget waits (429, Retry-After) for every code; other addresses go on", async () => {
        const cartId = await newCart()
        const guesser = "198.51.100.7"
        for (let i = 0; i < LIMITS.unknown_codes_per_ip; i++) {
          const res = await touch("visit", { code: `GUESS${i}X`, cart_id: cartId }, guesser)
          expect([res.status, res.data.message]).toEqual([404, `Referral code GUESS${i}X does not exist.`])
        }
        const refused = await touch("visit", { code: "GUESS9X", cart_id: cartId }, guesser)
        expect(refused.status).toBe(429)
        expect(refused.data).toEqual({
          type: "too_many_requests",
          message: expect.stringMatching(/^Too many referral codes that do not exist from this network address; try again in \d+ s\.$/),
        })
        const retryAfter = Number(refused.headers["retry-after"])
        expect(retryAfter).toBeGreaterThanOrEqual(1)
        expect(retryAfter).toBeLessThanOrEqual(LIMITS.unknown_code_window_seconds)
        expect(refused.data.message).toContain(`in ${retryAfter} s`)

        // A valid code from the guessing address waits too (else 200 vs 429 would tell which codes exist) …
        expect((await touch("visit", { code: "NB201", cart_id: cartId }, guesser)).status).toBe(429)
        expect((await touch("attach", { code: "NB201", cart_id: cartId }, guesser)).status).toBe(429)
        // … and a spoofed left-most X-Forwarded-For entry doesn't help: only the last hop is trusted.
        expect((await touch("visit", { code: "NB201", cart_id: cartId }, `10.9.9.9, ${guesser}`)).status).toBe(429)
        // A fresh visitor token doesn't reset the address's budget.
        expect((await touch("visit", { code: "NB201", visitor_token: token("fresh") }, guesser)).status).toBe(429)

        // Another address is served, on the same cart.
        const ok = await touch("visit", { code: "nb201", cart_id: cartId }, "198.51.100.8")
        expect(ok.status).toBe(200)
        expect(ok.data.attribution).toEqual({ dealer_code: "NB201", source: "link", reason: null })

        // Nothing the guesser sent was recorded as a visit; the counters hold hashes, never an address.
        const guesserHash = hashVisitorIp(guesser, "")!
        expect(await rows(`select id from distribution_referral_visit where ip_hash = ?`, [guesserHash])).toEqual([])
        const counters = await rows(`select id, hits from distribution_rate_limit_window order by id`)
        expect(counters.every((c: any) => /^(touch|unknown):(ip|vt):[0-9a-f]{64}$/.test(c.id))).toBe(true)
        expect(JSON.stringify(counters)).not.toContain("198.51.100")
        expect(counters.find((c: any) => c.id === `unknown:ip:${guesserHash}`)?.hits).toBe(LIMITS.unknown_codes_per_ip)

        // The hourly purge drops counters whose window has ended (here: as if two days had passed); the address starts afresh.
        const distribution = getContainer().resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
        expect(await distribution.purgeRateLimitWindows(new Date(Date.now() - 60_000))).toBe(0)
        expect(await distribution.purgeRateLimitWindows(new Date(Date.now() + 2 * 86_400_000))).toBe(counters.length)
        expect((await touch("visit", { code: "NB201", cart_id: cartId }, guesser)).status).toBe(200)
      })

      it("a visitor token has budgets of its own, from whatever address it comes", async () => {
        const cartId = await newCart()
        const guesser = token("guesser")
        for (let i = 0; i < LIMITS.unknown_codes_per_visitor; i++) {
          // A new address each time: only the token ties the guesses together.
          const res = await touch("visit", { code: `NOPE${i}X`, visitor_token: guesser }, `203.0.113.${i + 1}`)
          expect(res.status).toBe(404)
        }
        const refused = await touch("visit", { code: "NB201", cart_id: cartId, visitor_token: guesser }, "203.0.113.50")
        expect(refused.status).toBe(429)
        expect(refused.data.message).toMatch(/do not exist from this visitor/)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1)
        // The same address with another token is served.
        expect((await touch("visit", { code: "NB201", cart_id: cartId, visitor_token: token("other") }, "203.0.113.50")).status).toBe(200)

        // Valid touches too have a budget per token (8 here).
        const busy = token("busy")
        for (let i = 0; i < LIMITS.per_visitor; i++) {
          expect((await touch("visit", { code: "NB201", visitor_token: busy }, `192.0.2.${i + 1}`)).status).toBe(200)
        }
        const tooMany = await touch("visit", { code: "NB201", visitor_token: busy }, "192.0.2.99")
        expect(tooMany.status).toBe(429)
        expect(tooMany.data.message).toMatch(/^Too many referral requests from this visitor; try again in \d+ s\.$/)
        // Refused touches record nothing.
        expect(await rows(`select id from distribution_referral_visit where visitor_token = ?`, [busy])).toHaveLength(LIMITS.per_visitor)
      })
    })

    describe("attribution overwrite after placement", () => {
      it("no touch, repeated event, re-run, tree change or rebinding changes a placed order's attribution or its commission", async () => {
        const shopper = await registerCustomer(api, store.publishableKey, "shopper@shop.test")
        const headers = { ...shopper.config.headers, ...store.pk }
        const visitor = token("shopper")
        const cartId = await newCart(headers, "shopper@shop.test")
        expect((await touch("visit", { code: "NB201", cart_id: cartId, visitor_token: visitor }, "192.0.2.10", headers)).status).toBe(200)
        const order = await complete(cartId, headers)
        const frozen = await attributionOf(order.id)
        expect(frozen).toEqual(expect.objectContaining({ dealer_id: id("NB201"), source: "link", commissionable: true }))
        // The order.placed subscriber accrues in the background; running the accrual here makes it certain (it writes once).
        await accrueOrderCommissionWorkflow(getContainer()).run({ input: { order_id: order.id } })
        await utils.waitWorkflowExecutions()
        const [row] = await attributionRow(order.id)
        const entries = await entriesOfOrder(order.id)
        expect(entries).toHaveLength(2)

        // Touches on the completed cart are refused, by link and by code.
        for (const route of ["visit", "attach"] as const) {
          const late = await touch(route, { code: "HZ001", cart_id: cartId, visitor_token: visitor }, "192.0.2.10", headers)
          expect(late.status).toBe(400)
          expect(late.data.message).toContain("frozen")
        }
        // A later touch by the same visitor (no cart) is recorded, but belongs to the future, not to the order.
        expect((await touch("visit", { code: "HZ001", visitor_token: visitor }, "192.0.2.10", headers)).status).toBe(200)

        // The tree changes and the seller is suspended; the order.placed event comes again; the workflows run again.
        await api.post(`/admin/distribution/dealers/${id("NB201")}/move`, { parent_id: id("HZ001") }, admin)
        await api.post(`/admin/distribution/dealers/${id("NB201")}/suspend`, { reason: "Audit" }, admin)
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
        await utils.waitWorkflowExecutions()
        const again = await attributeOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect((again.result as any).created).toBe(false)
        await accrueOrderCommissionWorkflow(getContainer()).run({ input: { order_id: order.id } })
        await utils.waitWorkflowExecutions()

        // The admin rebinds the customer: its next orders change, this one doesn't.
        await api.post(`/admin/distribution/customers/${shopper.customer_id}/binding`, { dealer_id: id("HZ001"), reason: "Moved city" }, admin)

        // There is no admin route that writes an attribution.
        for (const method of ["post", "put", "delete"] as const) {
          const res = await (method === "delete"
            ? api.delete(`/admin/distribution/attributions/${order.id}`, admin)
            : api[method](`/admin/distribution/attributions/${order.id}`, { dealer_id: id("HZ001") }, admin)
          ).catch((e: any) => e.response)
          expect(res.status).toBe(404)
        }

        expect(await attributionRow(order.id)).toEqual([row])
        expect(await entriesOfOrder(order.id)).toEqual(entries)
        const view = await attributionOf(order.id)
        expect(view.chain.map((c: any) => c.code)).toEqual(["NB201", "NB101", "HZ001"])
      })
    })

    describe("refund after payout", () => {
      it("a refund of commission already paid out is a negative available entry, netted off the next payout; paid entries are never rewritten", async () => {
        await api.post(
          `/admin/distribution/dealers/${id("NB201")}/payout-accounts`,
          { provider_id: "manual", bank_name: "招商银行", account_holder: "Holder NB201", account_number: "6222 0212 3456 7890" },
          admin
        )
        const orderId = await placeOrder(api, store, { referralCode: "NB201", quantity: 2, utils })
        await attributionOf(orderId)
        await accrueOrderCommissionWorkflow(getContainer()).run({ input: { order_id: orderId } })
        await capturePayment(api, admin, orderId)
        await fulfilOrder(api, admin, orderId)
        await api.post(`/admin/distribution/commission/orders/${orderId}/mature`, { skip_hold: true }, admin)
        expect(await balance("NB201")).toEqual(expect.objectContaining({ available: "20.00" }))

        const createBatch = () => api.post("/admin/distribution/payouts/batches", { currency_code: "cny", provider_id: "manual" }, admin)
        const payAll = async () => {
          const batch = (await createBatch()).data.batch
          await api.post(`/admin/distribution/payouts/batches/${batch.id}/approve`, {}, admin)
          await utils.waitWorkflowExecutions()
          await processPayouts(getContainer())
          const payouts = (await api.get(`/admin/distribution/payouts?batch_id=${batch.id}&limit=100`, admin)).data.payouts
          for (const payout of payouts) {
            await api.post(`/admin/distribution/payouts/${payout.id}/mark-paid`, { reference: `BANK-${payout.id}` }, admin)
          }
          return payouts
        }
        const first = await payAll()
        expect(first.map((p: any) => [p.dealer.code, p.amount])).toEqual([["NB201", "20.00"]])
        expect(await balance("NB201")).toEqual(expect.objectContaining({ available: "0", paid: "20.00", paid_out: "20.00", total: "0.00" }))
        const ledgerOf = () =>
          rows(`select id, kind, amount::text, status, order_id, payout_id from commission_entry where dealer_id = ? order by id`, [id("NB201")])
        const paidLedger = await ledgerOf()

        // The whole order is refunded after the money left.
        await refundPayment(api, admin, orderId, 200)
        await utils.waitWorkflowExecutions()
        let reversals: any[] = []
        for (let i = 0; i < 100 && reversals.length < 2; i++) {
          reversals = (await entriesOfOrder(orderId)).filter((e: any) => e.kind === "reversal")
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(reversals.map((e: any) => [e.dealer_id, e.amount, e.status]).sort()).toEqual(
          [
            [id("NB201"), "-20.00", "available"],
            [id("NB101"), "-10.00", "available"],
          ].sort()
        )
        // The refund event again, or the workflow re-run: nothing more.
        await reverseOrderCommissionWorkflow(getContainer()).run({ input: { order_id: orderId } })
        expect((await entriesOfOrder(orderId)).filter((e: any) => e.kind === "reversal")).toHaveLength(2)

        // What was paid stays paid, row for row; the dealer owes the merchant 20.00.
        const afterRefund = await ledgerOf()
        expect(afterRefund.slice(0, paidLedger.length)).toEqual(paidLedger)
        expect(afterRefund.filter((e: any) => !paidLedger.some((p: any) => p.id === e.id)).map((e: any) => [e.kind, e.amount, e.status])).toEqual([
          ["reversal", "-20.00", "available"],
        ])
        expect(await balance("NB201")).toEqual(
          expect.objectContaining({ available: "-20.00", paid: "20.00", paid_out: "20.00", total: "-20.00" })
        )
        // A negative balance is never paid out.
        const nothing = await failed(createBatch())
        expect(nothing.status).toBe(400)
        expect(nothing.data.message).toMatch(/^Nothing to pay/)

        // New commission of 50.00: the next payout is 30.00, the debt netted off.
        await api.post(
          "/admin/distribution/commission/adjustments",
          { dealer_id: id("NB201"), amount: "50", currency_code: "cny", reason: "November bonus", idempotency_key: "abuse-nb201-1" },
          admin
        )
        const second = await payAll()
        expect(second.map((p: any) => [p.dealer.code, p.amount])).toEqual([["NB201", "30.00"]])
        expect(await balance("NB201")).toEqual(
          expect.objectContaining({ available: "0", reserved: "0", paid: "50.00", paid_out: "50.00", total: "0.00" })
        )
        const settled = await ledgerOf()
        expect(settled.find((e: any) => e.kind === "reversal")).toEqual(expect.objectContaining({ amount: "-20.00", status: "paid" }))
        // The first payout's rows: same ids, amounts, payouts; only the reversal moved on.
        for (const before of paidLedger) {
          expect(settled.find((e: any) => e.id === before.id)).toEqual(before)
        }

        const report = await verifyLedgerInvariants(pg())
        expect(report.invariants.filter((i) => i.violations.length).map((i) => [i.name, i.violations])).toEqual([])
      })
    })

    /**
     * `visit` and `attach` record a touch with one SQL statement
     * (DistributionModuleService.recordReferralTouch) and decide the cart's
     * attribution from the facts it read. These tests hold that path to the
     * reference reader the order's attribution uses (`decideCartAttribution`,
     * ORM reads after the touch) in every case the rules distinguish, and check
     * that refusals come in the order the step-by-step workflow raised them and
     * write nothing.
     *
     * Dealers of their own (HZ301 → NB301, SH301; HZ301 is suspended here) on
     * top of the suite's snapshot, kept in a template of their own: the
     * runner restores the suite's template before each test, then this block
     * restores its own.
     */
    describe("touch recording", () => {
      const touchTemplate = `${dbConfig.dbName}-touch`
      const touchIp = "192.0.2.201"
      const touchDealers: Record<string, SignedInDealer> = {}
      let shopper: { customer_id: string; headers: Record<string, string> }
      let restoreTemplate = false

      beforeAll(async () => {
        // The last test before this block left its rows: start from the suite's snapshot.
        await dbUtils.restore()
        await createDealers(touchDealers, [["HZ301", null], ["NB301", "HZ301"], ["SH301", null]])
        const account = await registerCustomer(api, store.publishableKey, "touch-shopper@shop.test")
        shopper = { customer_id: account.customer_id, headers: { ...account.config.headers, ...store.pk } }
        // Also makes the runner skip its restore before the first test here.
        await dbUtils.snapshot({ templateName: touchTemplate })
      })
      beforeEach(async () => {
        if (restoreTemplate) {
          await dbUtils.restore({ templateName: touchTemplate })
        }
        restoreTemplate = true
      })
      afterAll(async () => {
        // The runner drops only its own template. (dropTemplate is there, but not in the runner's types.)
        await (dbUtils as unknown as { dropTemplate: (name: string) => Promise<void> }).dropTemplate(touchTemplate)
      })

      const service = () => getContainer().resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
      const visitCount = async () => Number((await rows(`select count(*) from distribution_referral_visit`))[0].count)
      const send = (route: "visit" | "attach", body: Record<string, unknown>, headers: Record<string, string> = store.pk) =>
        touch(route, body, touchIp, headers)
      const moduleCart = async (customerId?: string) =>
        ((await getContainer().resolve(Modules.CART).createCarts({ currency_code: "cny", region_id: store.region.id, customer_id: customerId } as any)) as any)
          .id as string

      /** What the order placed from the cart now would be attributed to, read the ORM way. */
      async function reference(cartId: string | null, customerId: string | null) {
        const decided = await decideCartAttribution(getContainer(), { cart_id: cartId, customer_id: customerId })
        return { dealer_code: decided.chain[0]?.code ?? null, source: decided.source, reason: decided.reason }
      }

      /** A touch that must succeed; its attribution must be the reference's. */
      async function agreed(route: "visit" | "attach", body: Record<string, any>, customerId: string | null = null, headers?: Record<string, string>) {
        const res = await send(route, body, headers)
        expect(res.status).toBe(200)
        expect(res.data.attribution).toEqual(await reference(body.cart_id ?? null, customerId))
        return res.data
      }

      it("answers the attribution the order would get, in every case of the rules", async () => {
        // No cart: nothing to attribute yet; the visitor token is minted.
        const first = await agreed("visit", { code: "nb301" })
        expect(first).toEqual({
          visitor_token: expect.stringMatching(/^vt_/),
          referral: { code: "NB301", accepted: true, reason: null, target_type: "home", target_id: null },
          dealer: { code: "NB301", display_name: "Dealer NB301" },
          attribution: { dealer_code: null, source: "none", reason: "no_referral" },
        })

        // The anonymous visit counts once the token is seen with a cart: first click wins.
        const cart1 = await moduleCart()
        expect((await agreed("visit", { code: "SH301", cart_id: cart1, visitor_token: first.visitor_token })).attribution).toEqual({
          dealer_code: "NB301",
          source: "link",
          reason: null,
        })
        // A typed code is a touch of source "code"; the first click still wins.
        expect((await agreed("attach", { code: "HZ301", cart_id: cart1 })).attribution.dealer_code).toBe("NB301")

        // A paused campaign link, an expired one and a suspended dealer: recorded, accepted false, attributing nothing.
        const campaign = (await api.post(`/admin/distribution/dealers/${touchDealers.SH301.dealer.id}/links`, { name: "Spring", target_type: "home" }, admin)).data.link
        await api.post(`/admin/distribution/links/${campaign.id}`, { status: "paused" }, admin)
        const cart2 = await moduleCart()
        const paused = await agreed("visit", { code: campaign.code, cart_id: cart2 })
        expect(paused.referral).toEqual(expect.objectContaining({ accepted: false, reason: "link_paused" }))
        expect(paused.attribution).toEqual({ dealer_code: null, source: "none", reason: "link_paused" })

        const expiring = (await api.post(`/admin/distribution/dealers/${touchDealers.SH301.dealer.id}/links`, { name: "Old", target_type: "home" }, admin)).data.link
        await service().updateReferralLinks({ id: expiring.id, expires_at: new Date(Date.now() - 1000) })
        const expired = await agreed("visit", { code: expiring.code, cart_id: await moduleCart() })
        expect(expired.referral.reason).toBe("link_expired")
        expect(expired.attribution.reason).toBe("link_expired")

        // A valid touch after the paused one attributes; the paused one is still the latest refused reason elsewhere.
        expect((await agreed("visit", { code: "SH301", cart_id: cart2 })).attribution).toEqual({ dealer_code: "SH301", source: "link", reason: null })

        // A dealer buying through its own link: self-referral, with its own code.
        const nb301 = touchDealers.NB301
        const own = await agreed("visit", { code: "NB301", cart_id: await moduleCart(nb301.customer_id) }, nb301.customer_id, nb301.headers)
        expect(own.attribution).toEqual({ dealer_code: "NB301", source: "link", reason: "self_referral" })
        // … through its upline's code, signed out but on its own cart (the cart's customer counts).
        const viaCart = await agreed("visit", { code: "HZ301", cart_id: await moduleCart(nb301.customer_id) }, nb301.customer_id)
        expect(viaCart.attribution).toEqual({ dealer_code: "NB301", source: "none", reason: "self_referral" })

        // A bound customer goes to the bound dealer whatever link is used; a suspended bound dealer attributes nothing.
        await service().createCustomerBindings({ customer_id: shopper.customer_id, dealer_id: touchDealers.HZ301.dealer.id, source: "admin", bound_at: new Date() })
        const bound = await agreed("visit", { code: "SH301", cart_id: await moduleCart() }, shopper.customer_id, shopper.headers)
        expect(bound.attribution).toEqual({ dealer_code: "HZ301", source: "binding", reason: null })
        await api.post(`/admin/distribution/dealers/${touchDealers.HZ301.dealer.id}/suspend`, {}, admin)
        const boundInactive = await agreed("visit", { code: "SH301", cart_id: await moduleCart() }, shopper.customer_id, shopper.headers)
        expect(boundInactive.attribution).toEqual({ dealer_code: null, source: "none", reason: "dealer_inactive" })
        // The suspended dealer's own code: recorded, refused as a reason.
        const suspended = await agreed("visit", { code: "HZ301", cart_id: await moduleCart() })
        expect(suspended.referral).toEqual(expect.objectContaining({ accepted: false, reason: "dealer_inactive" }))

        // Each answered touch wrote exactly one visit, with the link's code, the customer and the hashed address.
        const [row] = await rows(`select * from distribution_referral_visit where visitor_token = ? order by created_at`, [first.visitor_token])
        expect(row).toEqual(
          expect.objectContaining({
            code: "NB301",
            source: "link",
            cart_id: null,
            customer_id: null,
            link_id: expect.stringMatching(/^rlink_/),
            dealer_id: nb301.dealer.id,
            ip_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
            deleted_at: null,
          })
        )
        const ownRow = await rows(`select customer_id, source from distribution_referral_visit where customer_id = ?`, [nb301.customer_id])
        expect(ownRow).toHaveLength(2)
      })

      it("refuses in the workflow's order — unknown code, refused code, missing cart, completed cart — writing nothing", async () => {
        const before = await visitCount()
        const completed = await moduleCart()
        await getContainer().resolve(Modules.CART).updateCarts(completed, { completed_at: new Date() } as any)
        const campaign = (await api.post(`/admin/distribution/dealers/${touchDealers.SH301.dealer.id}/links`, { name: "Spring", target_type: "home" }, admin)).data.link
        await api.post(`/admin/distribution/links/${campaign.id}`, { status: "paused" }, admin)

        // An unknown code wins over a missing or completed cart, and spends the unknown-code budget.
        const unknown = await send("visit", { code: "nope42", cart_id: "cart_missing" })
        expect([unknown.status, unknown.data.message]).toEqual([404, "Referral code NOPE42 does not exist."])
        expect((await send("attach", { code: "NOPE42", cart_id: completed })).status).toBe(404)
        const counters = await rows(`select id, hits from distribution_rate_limit_window where id like 'unknown:ip:%'`)
        expect(counters).toHaveLength(1)
        expect(counters[0].hits).toBe(2)

        // A typed code that cannot attribute wins over the cart's state.
        const refused = await send("attach", { code: campaign.code, cart_id: "cart_missing" })
        expect([refused.status, refused.data.message]).toEqual([400, `Referral code ${campaign.code} is paused.`])
        // … a plain visit of it reaches the cart check.
        expect((await send("visit", { code: campaign.code, cart_id: "cart_missing" })).status).toBe(404)

        // A known code on a missing cart is a 404 of the cart and spends no unknown-code budget; a completed cart is frozen.
        const missing = await send("visit", { code: "SH301", cart_id: "cart_missing" })
        expect([missing.status, missing.data.message]).toEqual([404, "Cart with id: cart_missing was not found"])
        const frozen = await send("attach", { code: "SH301", cart_id: completed })
        expect([frozen.status, frozen.data.message]).toEqual([400, `Cart ${completed} is already completed; the order's attribution is frozen.`])
        expect((await rows(`select hits from distribution_rate_limit_window where id like 'unknown:ip:%'`))[0].hits).toBe(2)

        expect(await visitCount()).toBe(before)
      })

      it("the workflow marks an unknown code's 404 structurally, and compensates nothing it did not write", async () => {
        const error = await recordReferralTouchWorkflow(getContainer())
          .run({ input: { code: "NOPE43", source: "link", visitor_token: token("wf") } })
          .then(() => null, (e) => e)
        expect(error).toEqual(expect.objectContaining({ type: "not_found", message: "Referral code NOPE43 does not exist." }))
        expect(isUnknownReferralCode(error)).toBe(true)
        // Rewording the message does not hide it from the limiter; a look-alike 404 is not one.
        expect(isUnknownReferralCode({ ...error, message: "Unknown code." })).toBe(true)
        expect(isUnknownReferralCode({ type: "not_found", message: "Referral code NOPE43 does not exist." })).toBe(false)

        const cartId = await moduleCart()
        const { result } = await recordReferralTouchWorkflow(getContainer()).run({
          input: { code: "SH301", source: "code", cart_id: cartId, visitor_token: token("wf") },
        })
        expect(result.attribution).toEqual({ dealer_code: "SH301", source: "code", reason: null })
        expect(result.attribution).toEqual(await reference(cartId, null))
      })
    })
  },
})
