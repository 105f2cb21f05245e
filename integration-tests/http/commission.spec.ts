import { distributionTestRunner } from "../helpers/test-runner"
import { cancelOrderWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import Decimal from "decimal.js"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import { fulfilOrder, refundPayment, returnItems, setUpFulfilment } from "../helpers/order-lifecycle"
import { periodOf, previousPeriod } from "../../src/lib/commission/period"
import { readStatement, readStatementInParts, statementRange } from "../../src/api/shared/commission-views"
import type CommissionModuleService from "../../src/modules/commission/service"
import { COMMISSION_MODULE } from "../../src/types/module-names"
import { accrueOrderCommissionWorkflow, reverseOrderCommissionWorkflow } from "../../src/workflows"

jest.setTimeout(240 * 1000)

const failed = (promise: Promise<any>) =>
  promise.then(
    (res) => {
      throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data)}`)
    },
    (err) => err.response
  )

const sum = (values: string[]) => values.reduce((s, v) => s.plus(v), new Decimal(0)).toFixed(2)

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let tiers: Record<string, any>
    let A: any
    let B: any
    let C: any
    let cHeaders: Record<string, string>
    const period = () => periodOf(new Date(), "Asia/Shanghai")

    // Producer → A (tier 1) → B (tier 2) → C (tier 3); C sells.
    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      tiers = {}
      for (const [code, rank] of [["T1", 1], ["T2", 2], ["T3", 3]] as const) {
        tiers[code] = (
          await api.post("/admin/distribution/tiers", { code, rank, name_en: code, name_zh: code }, admin)
        ).data.tier
      }
      const make = async (code: string, tier: string, parent_id?: string) => {
        const account = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@dealers.test`)
        const dealer = (
          await api.post(
            "/admin/distribution/dealers",
            { customer_id: account.customer_id, tier_id: tiers[tier].id, display_name: `Dealer ${code}`, code, parent_id },
            admin
          )
        ).data.dealer
        return { dealer, headers: account.config.headers }
      }
      A = (await make("HZ001", "T1")).dealer
      B = (await make("NB101", "T2", A.id)).dealer
      const c = await make("NB201", "T3", B.id)
      C = c.dealer
      cHeaders = c.headers
      await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      await dbUtils.snapshot()
    })

    const plan = () => [
      { name: "Everything", scope_type: "all", level: 1, type: "percentage", rate: "0.10" },
      { name: "Tea", scope_type: "product", scope_id: store.product.id, level: 1, type: "percentage", rate: "0.12" },
      { name: "级差 tier 2", scope_type: "all", tier_id: tiers.T2.id, level: 2, type: "differential", rate: "0.15" },
      { name: "Per unit", scope_type: "all", level: 3, type: "fixed", amount: "1.50", currency_code: "cny" },
    ]

    async function placeOrder(code: string | null, quantity: number) {
      const pk = store.pk
      const cart = (await api.post("/store/carts", { region_id: store.region.id, email: "buyer@shop.test" }, { headers: pk })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.variantId, quantity }, { headers: pk })
      if (code) {
        await api.post("/store/distribution/referrals/visit", { code, cart_id: cart.id }, { headers: pk })
      }
      const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: pk })).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: pk })
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: pk })
      expect(data.type).toBe("order")
      await utils.waitWorkflowExecutions()
      return data.order
    }

    async function orderCommission(orderId: string) {
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get(`/admin/distribution/commission/orders/${orderId}`, admin)
        if (data.order_commission) {
          return data.order_commission
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no commission for ${orderId}`)
    }

    const entriesOf = async (orderId: string) =>
      (await api.get(`/admin/distribution/commission/entries?order_id=${orderId}&limit=100`, admin)).data
    const balanceOf = async (dealerId: string) =>
      (await api.get(`/admin/distribution/dealers/${dealerId}/balance`, admin)).data.balances

    describe("the plan", () => {
      it("saves the rules in order and returns exact decimals with the settings", async () => {
        const { data } = await api.post("/admin/distribution/commission/plan", { rules: plan() }, admin)
        expect(data.rules.map((r: any) => [r.position, r.type, r.rate, r.amount])).toEqual([
          [0, "percentage", "0.1", null],
          [1, "percentage", "0.12", null],
          [2, "differential", "0.15", null],
          [3, "fixed", null, "1.5"],
        ])
        expect(data.settings).toEqual({
          commission_base: "net_of_discounts",
          max_levels: 3,
          max_total_rate: "0.5",
          compress_inactive: false,
          hold_days: 7,
          mature_on: "fulfilled",
          timezone: "Asia/Shanghai",
        })

        // Saving again with ids keeps the rules' ids; a removed rule goes.
        const kept = data.rules.slice(0, 3).map(({ id, name, scope_type, scope_id, tier_id, level, type, rate, amount, currency_code, volume_tiers, is_active }: any) => ({
          id, name, scope_type, scope_id, tier_id, level, type, rate, amount, currency_code, volume_tiers, is_active,
        }))
        const again = (await api.post("/admin/distribution/commission/plan", { rules: kept }, admin)).data
        expect(again.rules.map((r: any) => r.id)).toEqual(data.rules.slice(0, 3).map((r: any) => r.id))
      })

      it("refuses a bad plan with every problem named by rule, and keeps the saved plan", async () => {
        await api.post("/admin/distribution/commission/plan", { rules: plan() }, admin)
        const res = await failed(
          api.post(
            "/admin/distribution/commission/plan",
            {
              rules: [
                { scope_type: "all", level: 1, type: "percentage", rate: "1.5" },
                { scope_type: "product", scope_id: "prod_missing", level: 4, type: "fixed", amount: "1" },
                { scope_type: "all", tier_id: "dtier_missing", level: 1, type: "percentage", rate: "0.1" },
              ],
            },
            admin
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("Rule 1: rate must be a fraction above 0 and at most 1")
        expect(res.data.message).toContain("Rule 2: level must be between 1 and 3")
        expect(res.data.message).toContain("Rule 2: a fixed rule needs currency_code")
        expect(res.data.message).toContain("Rule 3: tier dtier_missing does not exist")
        const shape = await failed(
          api.post("/admin/distribution/commission/plan", { rules: [{ scope_type: "all", level: 1, type: "percentage", rate: "1e-1" }] }, admin)
        )
        expect(shape.status).toBe(400)
        expect((await api.get("/admin/distribution/commission/plan", admin)).data.rules).toHaveLength(4)
      })

      it("previews a sample order along the dealer's upline without writing anything", async () => {
        const { data } = await api.post(
          "/admin/distribution/commission/preview",
          {
            rules: plan(),
            dealer_id: C.id,
            currency_code: "CNY",
            lines: [{ title: "Tea", product_id: store.product.id, quantity: 3, unit_price: "100" }],
          },
          admin
        )
        expect(data.split.lines[0].entries.map((e: any) => [e.level, e.dealer_code, e.rule_type, e.rate, e.amount])).toEqual([
          [1, "NB201", "percentage", "0.12", "36.00"],
          [2, "NB101", "differential", "0.03", "9.00"],
          [3, "HZ001", "fixed", "0.015", "4.50"],
        ])
        expect(data.split.commission_total).toBe("49.50")
        expect((await api.get("/admin/distribution/commission/entries", admin)).data.count).toBe(0)
      })
    })

    describe("accrual", () => {
      beforeEach(async () => {
        await api.post("/admin/distribution/commission/plan", { rules: plan() }, admin)
      })

      it("splits a placed order up the frozen chain into pending accruals, exactly once", async () => {
        const order = await placeOrder("NB201", 3)
        const commission = await orderCommission(order.id)
        expect(commission).toEqual(
          expect.objectContaining({ dealer_id: C.id, currency_code: "cny", base_total: "300", commission_total: "49.50", reversed_total: "0" })
        )
        expect(commission.split.lines[0].entries.map((e: any) => [e.level, e.amount, e.rule_id !== null])).toEqual([
          [1, "36.00", true],
          [2, "9.00", true],
          [3, "4.50", true],
        ])
        expect(commission.entries.map((e: any) => [e.kind, e.status, e.dealer.code, e.amount, e.idempotency_key])).toEqual([
          ["accrual", "pending", "NB201", "36.00", `accrual:${order.items[0].id}:1`],
          ["accrual", "pending", "NB101", "9.00", `accrual:${order.items[0].id}:2`],
          ["accrual", "pending", "HZ001", "4.50", `accrual:${order.items[0].id}:3`],
        ])
        expect(await balanceOf(C.id)).toEqual([{ currency_code: "cny", pending: "36.00", available: "0", reserved: "0", paid: "0", paid_out: "0", total: "36.00" }])

        // The same event again, and three workers at once: nothing more is written.
        const container = getContainer()
        await accrueOrderCommissionWorkflow(container).run({ input: { order_id: order.id } })
        await Promise.all([1, 2, 3].map(() => accrueOrderCommissionWorkflow(container).run({ input: { order_id: order.id } })))
        expect((await entriesOf(order.id)).count).toBe(3)

        // A later plan change does not rewrite the order's split.
        await api.post("/admin/distribution/commission/plan", { rules: [plan()[0]] }, admin)
        expect((await orderCommission(order.id)).split.commission_total).toBe("49.50")
      })

      it("an order without a dealer earns nothing", async () => {
        const order = await placeOrder(null, 1)
        await utils.waitWorkflowExecutions()
        const { data } = await api.get(`/admin/distribution/commission/orders/${order.id}`, admin)
        expect(data.order_commission).toBeNull()
      })

      it("cancellation reverses every accrual once, however often the event comes", async () => {
        const order = await placeOrder("NB201", 3)
        await orderCommission(order.id)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        await utils.waitWorkflowExecutions()
        await reverseOrderCommissionWorkflow(getContainer()).run({ input: { order_id: order.id } })
        const { entries, totals } = await entriesOf(order.id)
        expect(entries.filter((e: any) => e.kind === "reversal").map((e: any) => [e.dealer_id, e.amount, e.reason]).sort()).toEqual(
          [
            [A.id, "-4.50", "canceled"],
            [B.id, "-9.00", "canceled"],
            [C.id, "-36.00", "canceled"],
          ].sort()
        )
        expect(totals).toEqual([{ currency_code: "cny", amount: "0.00" }])
        expect(await balanceOf(C.id)).toEqual([{ currency_code: "cny", pending: "0.00", available: "0", reserved: "0", paid: "0", paid_out: "0", total: "0.00" }])
        const refused = await failed(api.post(`/admin/distribution/commission/orders/${order.id}/mature`, { skip_hold: true }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/cancel/i)
      })

      it("a cancellation that arrives before the order is accrued is caught up by the accrual", async () => {
        const container = getContainer()
        const { result: order } = await createOrderWorkflow(container).run({
          input: {
            region_id: store.region.id,
            sales_channel_id: store.channel.id,
            email: "late@shop.test",
            currency_code: "cny",
            items: [{ title: "Green tea 250g", variant_id: store.variantId, quantity: 2, unit_price: 100 }],
          } as any,
        })
        await (container.resolve("distribution") as any).createOrderAttributions({
          order_id: order.id,
          dealer_id: C.id,
          source: "code",
          commissionable: true,
          chain: [
            { dealer_id: C.id, code: "NB201", tier_id: tiers.T3.id, status: "active", level: 1 },
            { dealer_id: B.id, code: "NB101", tier_id: tiers.T2.id, status: "active", level: 2 },
            { dealer_id: A.id, code: "HZ001", tier_id: tiers.T1.id, status: "active", level: 3 },
          ],
        })
        await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        await utils.waitWorkflowExecutions()
        expect((await entriesOf(order.id)).count).toBe(0)

        await accrueOrderCommissionWorkflow(container).run({ input: { order_id: order.id } })
        const { entries, totals } = await entriesOf(order.id)
        expect(entries.map((e: any) => e.kind).sort()).toEqual(["accrual", "accrual", "accrual", "reversal", "reversal", "reversal"])
        expect(totals).toEqual([{ currency_code: "cny", amount: "0.00" }])
      })

      it("an inactive dealer of the chain earns nothing and the merchant keeps its share", async () => {
        await api.post(`/admin/distribution/dealers/${B.id}/suspend`, { reason: "Audit" }, admin)
        const order = await placeOrder("NB201", 1)
        const commission = await orderCommission(order.id)
        expect(commission.split.lines[0].entries.map((e: any) => [e.level, e.dealer_code, e.amount])).toEqual([
          [1, "NB201", "12.00"],
          [3, "HZ001", "1.50"],
        ])
        expect(commission.split.lines[0].skipped).toEqual([
          { level: 2, dealer_id: B.id, dealer_code: "NB101", reason: "inactive" },
        ])
      })
    })

    describe("lifecycle", () => {
      beforeEach(async () => {
        await api.post("/admin/distribution/commission/plan", { rules: plan() }, admin)
      })

      it("place → accrue → fulfil → mature → return → refund: reversals follow what was given back, once", async () => {
        const order = await placeOrder("NB201", 3)
        await orderCommission(order.id)
        const mature = (body: Record<string, unknown>) =>
          api.post(`/admin/distribution/commission/orders/${order.id}/mature`, body, admin)

        const unfulfilled = await failed(mature({ skip_hold: true }))
        expect(unfulfilled.status).toBe(400)
        expect(unfulfilled.data.message).toMatch(/fulfil/i)

        await fulfilOrder(api, admin, order.id)
        const onHold = await failed(mature({}))
        expect(onHold.status).toBe(400)
        expect(onHold.data.message).toMatch(/hold/i)
        // The hourly job leaves it pending too.
        await api.post("/admin/distribution/commission/mature", {}, admin)
        expect((await balanceOf(C.id))[0]).toEqual(expect.objectContaining({ pending: "36.00", available: "0" }))

        expect((await mature({ skip_hold: true })).data.matured).toBe(3)
        expect((await mature({ skip_hold: true })).data.matured).toBe(0)
        expect((await balanceOf(C.id))[0]).toEqual(expect.objectContaining({ pending: "0", available: "36.00" }))

        // One of three units comes back: a third of every level is reversed, from available.
        await returnItems(api, admin, order.id, [{ id: order.items[0].id, quantity: 1 }])
        await utils.waitWorkflowExecutions()
        await reverseOrderCommissionWorkflow(getContainer()).run({ input: { order_id: order.id } })
        const afterReturn = (await entriesOf(order.id)).entries.filter((e: any) => e.kind === "reversal")
        expect(afterReturn.map((e: any) => [e.dealer_id, e.amount, e.status, e.reason]).sort()).toEqual(
          [
            [A.id, "-1.50", "available", "returned"],
            [B.id, "-3.00", "available", "returned"],
            [C.id, "-12.00", "available", "returned"],
          ].sort()
        )

        // Refunding the returned unit explains nothing new; a further goodwill refund of ¥50 is
        // spread over the ¥200 still kept: a quarter of what remains, half of the line in all.
        await refundPayment(api, admin, order.id, 100)
        await utils.waitWorkflowExecutions()
        expect((await entriesOf(order.id)).count).toBe(6)
        await refundPayment(api, admin, order.id, 50)
        await utils.waitWorkflowExecutions()
        // payment.refunded is handled by a subscriber, after the refund's workflow has returned.
        let reversed: string[] = []
        for (let i = 0; i < 50 && reversed[0] !== "-18.00"; i++) {
          const { entries } = await entriesOf(order.id)
          reversed = [C.id, B.id, A.id].map((id) =>
            sum(entries.filter((e: any) => e.kind === "reversal" && e.dealer_id === id).map((e: any) => e.amount))
          )
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(reversed).toEqual(["-18.00", "-4.50", "-2.25"])

        const { statement } = (await api.get(`/admin/distribution/commission/statements/${C.id}?period=${period()}`, admin)).data
        expect(statement.totals_by_kind).toEqual(expect.objectContaining({ accrual: "36.00", reversal: "-18.00" }))
        expect(statement.closing_balance).toBe("18.00")
        expect((await balanceOf(C.id))[0]).toEqual(expect.objectContaining({ available: "18.00", total: "18.00" }))
      })
    })

    describe("ledger, adjustments and statements", () => {
      beforeEach(async () => {
        await api.post("/admin/distribution/commission/plan", { rules: plan() }, admin)
      })

      it("adds adjustments with a reason, once per idempotency key, and refuses bad ones", async () => {
        const body = { dealer_id: C.id, amount: "-5.00", currency_code: "CNY", reason: "Damaged box", idempotency_key: "adj-test-0001" }
        const first = await api.post("/admin/distribution/commission/adjustments", body, admin)
        expect(first.status).toBe(201)
        expect(first.data.entry).toEqual(
          expect.objectContaining({ kind: "adjustment", status: "available", amount: "-5.00", reason: "Damaged box", dealer: expect.objectContaining({ code: "NB201" }) })
        )
        await api.post("/admin/distribution/commission/adjustments", body, admin)
        expect((await api.get(`/admin/distribution/commission/entries?dealer_id=${C.id}&kind=adjustment`, admin)).data.count).toBe(1)

        for (const [bad, message] of [
          [{ ...body, amount: "0.00" }, "cannot be zero"],
          [{ ...body, amount: "1e3" }, "decimal"],
          [{ ...body, amount: "NaN" }, "decimal"],
          [{ ...body, reason: "x" }, "reason"],
          [{ ...body, currency_code: "yuan" }, "currency"],
          [{ ...body, status: "paid" }, "status"],
        ] as const) {
          const res = await failed(api.post("/admin/distribution/commission/adjustments", { ...bad, idempotency_key: undefined }, admin))
          expect(res.status).toBe(400)
          expect(res.data.message.toLowerCase()).toContain(message.toLowerCase())
        }
        const missing = await failed(api.post("/admin/distribution/commission/adjustments", { ...body, dealer_id: "dlr_nope", idempotency_key: "adj-test-0002" }, admin))
        expect(missing.status).toBe(404)
      })

      it("statements tie out to the ledger to the cent, as JSON, CSV and XLSX", async () => {
        const order = await placeOrder("NB201", 3)
        await orderCommission(order.id)
        await api.post(
          "/admin/distribution/commission/adjustments",
          { dealer_id: C.id, amount: "10.01", currency_code: "cny", reason: "Launch bonus" },
          admin
        )
        const { statement } = (await api.get(`/admin/distribution/commission/statements/${C.id}?period=${period()}`, admin)).data
        expect(statement).toEqual(
          expect.objectContaining({
            dealer: expect.objectContaining({ code: "NB201" }),
            currency_code: "cny",
            period: period(),
            opening_balance: "0",
            closing_balance: "46.01",
            entry_count: 2,
            closed: false,
          })
        )
        expect(statement.totals_by_kind).toEqual({ accrual: "36.00", reversal: "0", adjustment: "10.01", payout: "0" })
        expect(statement.totals_by_status).toEqual({ pending: "36.00", available: "10.01", reserved: "0", paid: "0" })
        expect(sum(statement.entries.map((e: any) => e.amount))).toBe("46.01")
        const balance = (await balanceOf(C.id))[0]
        expect(balance.total).toBe(statement.closing_balance)

        const list = (await api.get(`/admin/distribution/commission/statements?period=${period()}`, admin)).data
        expect(list.statements.map((s: any) => [s.dealer.code, s.closing_balance]).sort()).toEqual(
          [["HZ001", "4.50"], ["NB101", "9.00"], ["NB201", "46.01"]].sort()
        )

        const csv = await api.get(`/admin/distribution/commission/statements/${C.id}?period=${period()}&format=csv`, admin)
        expect(csv.headers["content-type"]).toContain("text/csv")
        expect(csv.headers["content-disposition"]).toContain(`statement-NB201-${period()}.csv`)
        expect(csv.data).toContain("36.00")
        expect(csv.data).toContain("10.01")
        expect(csv.data).toContain("46.01")

        const xlsx = await api.get(`/admin/distribution/commission/statements/${C.id}?period=${period()}&format=xlsx`, {
          ...admin,
          responseType: "arraybuffer",
        })
        expect(xlsx.headers["content-type"]).toContain("spreadsheetml")
        expect(Buffer.from(xlsx.data).subarray(0, 2).toString()).toBe("PK")

        const bad = await failed(api.get(`/admin/distribution/commission/statements/${C.id}?period=2026-13`, admin))
        expect(bad.status).toBe(400)
      })

      it("a statement read in one SQL statement is the JSON of the export's three reads, byte for byte", async () => {
        // readStatement (figures, entries and dealer in one SQL statement, the range's sums added up
        // from its entries) against readStatementInParts (the figures summed by PostgreSQL, the entries
        // page by page and the dealer, as the CSV export reads them; how statements were read before):
        // dealers × open, closed, empty and custom ranges × currencies × admin and dealer shapes, with a
        // dealer in two currencies, a frozen month that the ledger has moved on from, a range opening
        // on earlier entries, amounts with 1, 2 and 3 decimals, and more entries than a page, all
        // written in one statement (same created_at).
        const container = getContainer()
        const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
        await orderCommission((await placeOrder("NB201", 3)).id)
        await orderCommission((await placeOrder("NB101", 1)).id)
        const adjust = (dealer_id: string, amount: string, currency_code: string, key: string) =>
          api.post("/admin/distribution/commission/adjustments", { dealer_id, amount, currency_code, reason: "Statement check", idempotency_key: key }, admin)
        await adjust(C.id, "10.01", "cny", "stmt-check-1")
        await adjust(C.id, "-3.5", "usd", "stmt-check-2")
        // The month closes for C (as the close job freezes it), then the ledger moves on.
        const month = statementRange(container, { period: period() })
        const { rows } = await commission.periodTotals(month, { dealer_id: C.id }, { offset: 0, limit: 10 })
        expect(await commission.snapshotStatements(period(), month, rows)).toBe(2)
        await adjust(C.id, "0.99", "cny", "stmt-check-3")
        // A range from here on opens with what came before: sums of amounts with 1, 2 and 3 decimals.
        const midway = new Date()
        await adjust(C.id, "1.25", "usd", "stmt-check-4")
        // 1,001 entries for B in one insert: one created_at, more than a page of streamEntries.
        await commission.appendEntries(
          Array.from({ length: 1001 }, (_, i) => ({
            idempotency_key: `stmt-check-bulk-${i}`,
            dealer_id: B.id,
            kind: "adjustment" as const,
            status: "available" as const,
            amount: i % 2 ? "0.01" : "-0.005",
            currency_code: "cny",
            reason: "bulk",
          }))
        )

        const now = new Date()
        const ranges = [
          month,
          statementRange(container, { period: previousPeriod(period()) }),
          { period: null, from: new Date(now.getTime() - 40 * 86400_000), to: new Date(now.getTime() + 86400_000) },
          { period: null, from: new Date(now.getTime() - 86400_000), to: new Date(now.getTime() - 3600_000) },
          { period: null, from: midway, to: new Date(now.getTime() + 86400_000) },
        ]
        const outcome = async (read: () => Promise<unknown>) => {
          try {
            return JSON.stringify({ statement: await read() })
          } catch (e: any) {
            return JSON.stringify({ error: e.type, message: e.message })
          }
        }
        let statements = 0
        let refusals = 0
        let closed = 0
        for (const dealerId of [A.id, B.id, C.id, "dlr_missing"]) {
          for (const range of ranges) {
            for (const currency of [undefined, "cny", "CNY", "usd", "eur"]) {
              for (const withDealer of [true, false]) {
                const one = await outcome(() => readStatement(container, dealerId, range, currency, { withDealer }))
                const parts = await outcome(() => readStatementInParts(container, dealerId, range, currency, { withDealer }))
                expect({ dealerId, range, currency, withDealer, json: one }).toEqual({ dealerId, range, currency, withDealer, json: parts })
                const parsed = JSON.parse(one)
                if (parsed.statement) {
                  statements++
                  closed += parsed.statement.closed ? 1 : 0
                  expect(new Set(parsed.statement.entries.map((e: any) => e.id)).size).toBe(parsed.statement.entries.length)
                } else {
                  refusals++
                }
              }
            }
          }
        }
        expect({ statements, refusals, closed }).toEqual({ statements: 190, refusals: 10, closed: 6 })

        // The routes send that JSON: the admin's with the dealer, the dealer's own without.
        const { statement } = (await api.get(`/admin/distribution/commission/statements/${C.id}?period=${period()}&currency_code=cny`, admin)).data
        expect(JSON.stringify(statement)).toBe(
          JSON.stringify(await readStatementInParts(container, C.id, month, "cny", { withDealer: true }))
        )
        expect(statement).toEqual(expect.objectContaining({ closed: true, dealer: expect.objectContaining({ code: "NB201" }) }))
        expect(statement.entries.map((e: any) => e.amount)).toContain("0.99")
        const own = (await api.get(`/store/distribution/me/statements/${period()}?currency_code=usd`, { headers: cHeaders })).data.statement
        expect(JSON.stringify(own)).toBe(JSON.stringify(await readStatementInParts(container, C.id, month, "usd")))
        expect(own.dealer).toBeUndefined()
        const several = await failed(api.get(`/admin/distribution/commission/statements/${C.id}?period=${period()}`, admin))
        expect(several.status).toBe(400)
        expect((await failed(api.get(`/admin/distribution/commission/statements/dlr_missing?period=${period()}`, admin))).status).toBe(404)

        // B's month: every entry once, in the JSON and in the streamed CSV.
        const big = (await api.get(`/admin/distribution/commission/statements/${B.id}?period=${period()}`, admin)).data.statement
        expect(big.entries.length).toBe(big.entry_count)
        expect(big.entry_count).toBeGreaterThan(1001)
        const csv = await api.get(`/admin/distribution/commission/statements/${B.id}?period=${period()}&format=csv`, admin)
        const csvIds = (csv.data as string).match(/cment_[0-9A-Z]+/g) ?? []
        expect(csvIds.length).toBe(big.entry_count)
        expect(new Set(csvIds).size).toBe(big.entry_count)
      })

      it("the dealer reads its own commissions, balance and statements, and nobody else's", async () => {
        const order = await placeOrder("NB201", 2)
        await orderCommission(order.id)
        const balance = (await api.get("/store/distribution/me/balance", { headers: cHeaders })).data.balances
        expect(balance).toEqual([{ currency_code: "cny", pending: "24.00", available: "0", reserved: "0", paid: "0", paid_out: "0", total: "24.00" }])
        const mine = (await api.get("/store/distribution/me/commissions?kind=accrual", { headers: cHeaders })).data
        expect(mine.count).toBe(1)
        expect(mine.entries[0]).toEqual(expect.objectContaining({ dealer_id: C.id, amount: "24.00", level: 1, order_display_id: order.display_id }))
        expect(mine.entries[0].dealer).toBeUndefined()

        const statements = (await api.get("/store/distribution/me/statements", { headers: cHeaders })).data.statements
        expect(statements[0]).toEqual(expect.objectContaining({ period: period(), closing_balance: "24.00" }))
        const csv = await api.get(`/store/distribution/me/statements/${period()}?format=csv`, { headers: cHeaders })
        expect(csv.data).toContain("24.00")

        // Filters on another dealer's id are ignored: the route always reads the signed-in dealer.
        const sneaky = await failed(api.get(`/store/distribution/me/commissions?dealer_id=${A.id}`, { headers: cHeaders }))
        expect(sneaky.status).toBe(400)
        const stranger = await registerCustomer(api, store.publishableKey, "stranger@shop.test")
        expect((await failed(api.get("/store/distribution/me/balance", stranger.config))).status).toBe(404)
        expect((await failed(api.get("/store/distribution/me/balance", { headers: store.pk }))).status).toBe(401)
        expect((await failed(api.get("/store/distribution/me/statements/2026-1", { headers: cHeaders }))).status).toBe(400)
      })
    })
  },
})
