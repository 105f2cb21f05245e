import { distributionTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { RequestConfig, registerCustomer, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"

jest.setTimeout(240 * 1000)

/**
 * Dealer performance over a small known network, with sales facts, bindings,
 * ledger entries and stock written directly (the figures must come out of
 * those tables, whoever writes them). Merchant zone: Asia/Shanghai. Period
 * 2026-10 = [2026-09-30T16:00Z, 2026-10-31T16:00Z).
 *
 *   A (T2) ── B (T3) ── C (T3)
 *          └─ D (T3)
 *   E (T2)
 *
 * October, CNY (net = net_amount − refunded):
 *   A: o1 (c1) lines 100 + 200 (50 refunded); o2 (c2) 300; o3 (c1) 80 canceled (80 refunded);
 *      o11 (c2) 50 at 2026-09-30T16:00Z (= 1 Oct 00:00 local: October's)
 *      → sales 730, refunded 130, net 600, orders 3, customers 2
 *   B: o4 (c3) 400   C: o5 (c4) 150   D: o6 (c5) 250, 100 refunded   E: o7 (c6) 700
 *   unattributed o8 (c7) 1000
 * Outside October: A o9 440 in September (previous period), o12 70 at 2026-10-31T16:00Z
 * (November local), o10 999 USD in October (other currency).
 */
const TZ_OCT = "2026-10-10T04:00:00Z"

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let admin: RequestConfig
    let adminUserId: string
    const tiers: Record<string, any> = {}
    const dealers: Record<string, any> = {}
    const accounts: Record<string, { customer_id: string; config: RequestConfig }> = {}

    const pgOf = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

    async function insertFact(f: {
      order: string
      line: string
      dealer: string | null
      customer: string
      net: string
      refunded?: string
      canceled?: boolean
      placed_at?: string
      currency?: string
    }) {
      const dealer = f.dealer ? dealers[f.dealer] : null
      await pgOf().raw(
        `INSERT INTO sales_fact (id, order_id, line_item_id, placed_at, customer_id, dealer_id, dealer_tier_id,
           currency_code, quantity, net_amount, raw_net_amount, refunded_amount, raw_refunded_amount, canceled)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?::jsonb, ?, ?::jsonb, ?)`,
        [
          `sfact_${f.line}`,
          `order_${f.order}`,
          `item_${f.line}`,
          f.placed_at ?? TZ_OCT,
          `cus_${f.customer}`,
          dealer?.id ?? null,
          dealer?.tier_id ?? null,
          f.currency ?? "cny",
          f.net,
          JSON.stringify({ value: f.net, precision: 20 }),
          f.refunded ?? "0",
          JSON.stringify({ value: f.refunded ?? "0", precision: 20 }),
          f.canceled ?? false,
        ]
      )
    }

    beforeAll(async () => {
      const container = getContainer()
      admin = await signInAdmin(api, container)
      adminUserId = (await api.get("/admin/users/me", admin)).data.user.id
      const store = await setUpStorefront(api, admin)

      for (const [code, rank] of [["T1", 1], ["T2", 2], ["T3", 3]] as const) {
        tiers[code] = (
          await api.post("/admin/distribution/tiers", { code, rank, name_en: `Tier ${rank}`, name_zh: `${rank}级` }, admin)
        ).data.tier
      }
      const place = async (code: string, tier: string, parent?: string) => {
        accounts[code] = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@dealers.test`)
        dealers[code] = (
          await api.post(
            "/admin/distribution/dealers",
            {
              customer_id: accounts[code].customer_id,
              tier_id: tiers[tier].id,
              display_name: `Dealer ${code}`,
              code: code.repeat(3),
              ...(parent ? { parent_id: dealers[parent].id } : {}),
            },
            admin
          )
        ).data.dealer
        dealers[code].tier_id = tiers[tier].id
      }
      await place("A", "T2")
      await place("B", "T3", "A")
      await place("C", "T3", "B")
      await place("D", "T3", "A")
      await place("E", "T2")

      await insertFact({ order: "o1", line: "l1", dealer: "A", customer: "c1", net: "100" })
      await insertFact({ order: "o1", line: "l2", dealer: "A", customer: "c1", net: "200", refunded: "50" })
      await insertFact({ order: "o2", line: "l3", dealer: "A", customer: "c2", net: "300" })
      await insertFact({ order: "o3", line: "l4", dealer: "A", customer: "c1", net: "80", refunded: "80", canceled: true })
      await insertFact({ order: "o11", line: "l11", dealer: "A", customer: "c2", net: "50", placed_at: "2026-09-30T16:00:00Z" })
      await insertFact({ order: "o4", line: "l5", dealer: "B", customer: "c3", net: "400" })
      await insertFact({ order: "o5", line: "l6", dealer: "C", customer: "c4", net: "150" })
      await insertFact({ order: "o6", line: "l7", dealer: "D", customer: "c5", net: "250", refunded: "100" })
      await insertFact({ order: "o7", line: "l8", dealer: "E", customer: "c6", net: "700" })
      await insertFact({ order: "o8", line: "l9", dealer: null, customer: "c7", net: "1000" })
      await insertFact({ order: "o9", line: "l10", dealer: "A", customer: "c1", net: "440", placed_at: "2026-09-15T04:00:00Z" })
      await insertFact({ order: "o12", line: "l12", dealer: "A", customer: "c1", net: "70", placed_at: "2026-10-31T16:00:00Z" })
      await insertFact({ order: "o10", line: "l13", dealer: "A", customer: "c1", net: "999", currency: "usd" })

      // Bindings: c1 bound to A in October, c2 in August.
      const distribution = container.resolve("distribution") as any
      await distribution.createCustomerBindings([
        { customer_id: "cus_c1", dealer_id: dealers.A.id, source: "order", bound_at: new Date("2026-10-05T04:00:00Z") },
        { customer_id: "cus_c2", dealer_id: dealers.A.id, source: "order", bound_at: new Date("2026-08-01T04:00:00Z") },
      ])

      // Ledger, all written in October (the ledger is append-only, so the rows are inserted dated):
      // A earns 60 + 30 − 5 + 40 = 125 and is paid 40; B earns 10 (reserved in a payout).
      const entry = async (key: string, dealer: string, kind: string, status: string, amount: string) =>
        pgOf().raw(
          `INSERT INTO commission_entry (id, dealer_id, kind, status, amount, raw_amount, currency_code, idempotency_key, reason, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?::jsonb, 'cny', ?, 'test', '2026-10-15T04:00:00Z', '2026-10-15T04:00:00Z')`,
          [`cment_${key}`, dealers[dealer].id, kind, status, amount, JSON.stringify({ value: amount, precision: 20 }), `perf-test:${key}`]
        )
      await entry("a1", "A", "accrual", "available", "60")
      await entry("a2", "A", "accrual", "pending", "30")
      await entry("a3", "A", "reversal", "pending", "-5")
      await entry("a4", "A", "accrual", "paid", "40")
      await entry("a5", "A", "payout", "paid", "-40")
      await entry("b1", "B", "accrual", "reserved", "10")

      // A's warehouse: TEA-X 8 × 12.5 CNY = 100; TEA-Y costed in USD and TEA-Z without a cost are not in the CNY value.
      const stockLocations = container.resolve(Modules.STOCK_LOCATION) as any
      const inventory = container.resolve(Modules.INVENTORY) as any
      const location = await stockLocations.createStockLocations({ name: "A's warehouse" })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        distribution: { dealer_id: dealers.A.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      })
      const items = await inventory.createInventoryItems([{ sku: "TEA-X" }, { sku: "TEA-Y" }, { sku: "TEA-Z" }])
      await inventory.createInventoryLevels(
        items.map((item: any, i: number) => ({ inventory_item_id: item.id, location_id: location.id, stocked_quantity: [8, 10, 5][i] }))
      )
      const warehouse = container.resolve("warehouse") as any
      await warehouse.createItemCosts([
        { inventory_item_id: items[0].id, currency_code: "cny", unit_cost: "12.5" },
        { inventory_item_id: items[1].id, currency_code: "usd", unit_cost: "3" },
      ])
      await dbUtils.snapshot()
    })

    const performanceOf = async (code: string, qs = "period=2026-10&currency_code=cny") =>
      (await api.get(`/admin/distribution/performance/dealers/${dealers[code].id}?${qs}`, admin)).data.performance

    describe("dealer figures", () => {
      it("computes every figure of a dealer for the period", async () => {
        const p = await performanceOf("A")
        expect(p.period).toMatchObject({ key: "2026-10", from: "2026-09-30T16:00:00.000Z", to: "2026-10-31T16:00:00.000Z", timezone: "Asia/Shanghai" })
        expect(p.previous_period.key).toBe("2026-09")
        expect(p.dealer).toMatchObject({ id: dealers.A.id, code: "AAA", tier: { id: tiers.T2.id, rank: 2 } })
        expect(p.figures).toEqual({
          currency_code: "cny",
          sales: "730.00",
          refunded: "130.00",
          net_sales: "600.00",
          downline_net_sales: "700.00", // B 400 + C 150 + D (250 − 100)
          team_net_sales: "1300.00",
          order_count: 3, // o1, o2, o11 — o3 was canceled
          average_order_value: "200.00",
          new_bound_customers: 1,
          active_customers: 2,
          return_rate: "0.1781", // 130 / 730
          commission_earned: "125.00",
          commission_paid: "40.00",
          stock_value: "100.00",
        })
        expect(p.previous).toMatchObject({ net_sales: "440.00", order_count: 1, active_customers: 1, downline_net_sales: "0.00" })
        expect(p.growth).toEqual({ net_sales: "0.3636", team_net_sales: "1.9545", order_count: "2.0000", active_customers: "1.0000" })
        expect(p.rank).toEqual({ tier_id: tiers.T2.id, rank: 2, of: 2 }) // E 700 beats A 600
        expect(p.trend.unit).toBe("day")
        expect(p.trend.points).toHaveLength(31)
        expect(p.trend.points[0]).toEqual({ key: "2026-10-01", net_sales: "50.00", order_count: 1, commission: "0.00" })
        expect(p.trend.points.find((x: any) => x.key === "2026-10-10")).toEqual({ key: "2026-10-10", net_sales: "550.00", order_count: 2, commission: "0.00" })
        expect(p.trend.points.find((x: any) => x.key === "2026-10-15").commission).toBe("125.00")
      })

      it("gives a dealer without sales, stock or ledger zeros; ties share a rank", async () => {
        const c = await performanceOf("C")
        expect(c.figures).toMatchObject({ net_sales: "150.00", downline_net_sales: "0.00", order_count: 1, stock_value: "0.00", commission_earned: "0.00", new_bound_customers: 0 })
        expect(c.rank).toEqual({ tier_id: tiers.T3.id, rank: 2, of: 3 })
        expect((await performanceOf("D")).rank).toEqual({ tier_id: tiers.T3.id, rank: 2, of: 3 }) // D 150 ties C
        const b = await performanceOf("B")
        expect(b.figures.downline_net_sales).toBe("150.00")
        expect(b.rank.rank).toBe(1)
        const nothing = await performanceOf("C", "period=2026-08&currency_code=cny")
        expect(nothing.figures).toMatchObject({ sales: "0.00", net_sales: "0.00", order_count: 0, average_order_value: null, return_rate: null })
        expect(nothing.growth.net_sales).toBeNull()
      })

      it("reads other periods and currencies; refuses an unreadable period; 404 for an unknown dealer", async () => {
        const usd = await performanceOf("A", "period=2026-10&currency_code=USD")
        expect(usd.figures).toMatchObject({ currency_code: "usd", net_sales: "999.00", stock_value: "30.00" })
        const quarter = await performanceOf("A", "period=2026-Q4&currency_code=cny")
        expect(quarter.figures.net_sales).toBe("670.00") // October 600 + November 70
        expect(quarter.trend.unit).toBe("month")
        expect(quarter.trend.points.map((x: any) => x.key)).toEqual(["2026-10", "2026-11", "2026-12"])
        const custom = await performanceOf("A", "from=2026-10-01&to=2026-10-01&currency_code=cny")
        expect(custom.figures.net_sales).toBe("50.00")
        const bad = await api.get(`/admin/distribution/performance/dealers/${dealers.A.id}?period=2026-13`, admin).catch((e: any) => e.response)
        expect(bad.status).toBe(400)
        const missing = await api.get(`/admin/distribution/performance/dealers/dlr_nope?period=2026-10`, admin).catch((e: any) => e.response)
        expect(missing.status).toBe(404)
      })

      it("lists the league table ordered, filtered by tier, paged, and as CSV", async () => {
        const all = (await api.get("/admin/distribution/performance/dealers?period=2026-10&currency_code=cny", admin)).data
        expect(all.count).toBe(5)
        expect(all.dealers.map((d: any) => [d.dealer.code[0], d.net_sales, d.rank, d.tier_size])).toEqual([
          ["E", "700.00", 1, 2],
          ["A", "600.00", 2, 2],
          ["B", "400.00", 1, 3],
          ["C", "150.00", 2, 3],
          ["D", "150.00", 2, 3],
        ])
        const a = all.dealers.find((d: any) => d.dealer.code[0] === "A")
        expect(a).toMatchObject({
          downline_net_sales: "700.00",
          team_net_sales: "1300.00",
          order_count: 3,
          average_order_value: "200.00",
          active_customers: 2,
          new_bound_customers: 1,
          return_rate: "0.1781",
          commission_earned: "125.00",
          commission_paid: "40.00",
          stock_value: "100.00",
          previous_net_sales: "440.00",
          growth: { net_sales: "0.3636" },
        })
        const t3 = (await api.get(`/admin/distribution/performance/dealers?period=2026-10&currency_code=cny&tier_id=${tiers.T3.id}&order=-team_net_sales&limit=2&offset=0`, admin)).data
        expect(t3.count).toBe(3)
        expect(t3.dealers.map((d: any) => [d.dealer.code[0], d.team_net_sales])).toEqual([["B", "550.00"], ["C", "150.00"]])
        const byCode = (await api.get("/admin/distribution/performance/dealers?period=2026-10&currency_code=cny&order=code&limit=2&offset=2", admin)).data
        expect(byCode.dealers.map((d: any) => d.dealer.code[0])).toEqual(["C", "D"])

        const res = await api.get("/admin/distribution/performance/dealers?period=2026-10&currency_code=cny&format=csv", { ...admin, responseType: "text" })
        expect(res.headers["content-type"]).toContain("text/csv")
        expect(res.headers["content-disposition"]).toBe('attachment; filename="dealer-performance-2026-10-cny.csv"')
        const rows = parse(String(res.data).replace(/^\uFEFF/, "")) as string[][]
        expect(rows).toHaveLength(6)
        expect(rows[0][0]).toBe("Rank in tier 级别内排名")
        expect(rows[2].slice(0, 3)).toEqual(["2", "2", "AAA"])
        expect(rows[2][9]).toBe("600.00")
      })

      it("summarises the dashboard: totals, growth, trend, top dealers, tiers and commission liability", async () => {
        const d = (await api.get("/admin/distribution/dashboard?period=2026-10&currency_code=cny&top=3", admin)).data.dashboard
        expect(d.totals).toEqual({
          sales: "3230.00",
          refunded: "230.00",
          net_sales: "3000.00",
          attributed_net_sales: "2000.00",
          order_count: 8,
          attributed_order_count: 7,
          customer_count: 7,
          average_order_value: "375.00",
          return_rate: "0.0712",
          commission_earned: "135.00",
          commission_paid: "40.00",
          new_dealers: 0, // created now, not in October
          new_bound_customers: 1,
        })
        expect(d.previous).toMatchObject({ net_sales: "440.00", order_count: 1 })
        expect(d.growth.net_sales).toBe("5.8182")
        expect(d.trend.unit).toBe("day")
        expect(d.trend.points.reduce((n: number, x: any) => n + Number(x.net_sales), 0)).toBe(3000)
        expect(d.top_dealers.map((t: any) => [t.dealer.code[0], t.net_sales])).toEqual([["E", "700.00"], ["A", "600.00"], ["B", "400.00"]])
        expect(d.tier_distribution.map((t: any) => [t.tier.code, t.dealers, t.active_dealers, t.net_sales])).toEqual([
          ["T1", 0, 0, "0.00"],
          ["T2", 2, 2, "1300.00"],
          ["T3", 3, 3, "700.00"],
        ])
        expect(d.commission_liability).toEqual({
          currency_code: "cny",
          pending: "25.00",
          available: "60.00",
          reserved: "10.00",
          paid: "40.00",
          outstanding: "95.00",
        })
      })

      it("shows a signed-in dealer only its own performance", async () => {
        const own = (await api.get("/store/distribution/me/performance?period=2026-10&currency_code=cny", accounts.B.config)).data.performance
        expect(own.dealer.id).toBe(dealers.B.id)
        expect(own.figures).toMatchObject({ net_sales: "400.00", downline_net_sales: "150.00", commission_earned: "10.00" })
        // No parameter picks another dealer: a dealer_id is refused outright.
        const other = await api
          .get(`/store/distribution/me/performance?period=2026-10&dealer_id=${dealers.A.id}`, accounts.B.config)
          .catch((e: any) => e.response)
        expect(other.status).toBe(400)
        const guest = await api
          .get("/store/distribution/me/performance", { headers: { "x-publishable-api-key": accounts.B.config.headers["x-publishable-api-key"] } })
          .catch((e: any) => e.response)
        expect(guest.status).toBe(401)
        // A signed-in customer who is no dealer has no performance.
        const shopper = await registerCustomer(api, accounts.B.config.headers["x-publishable-api-key"], "shopper@customers.test")
        const none = await api.get("/store/distribution/me/performance", shopper.config).catch((e: any) => e.response)
        expect(none.status).toBe(404)
      })
    })

    describe("tier rules", () => {
      const createRule = async (body: Record<string, unknown>) =>
        (await api.post("/admin/distribution/performance/tier-rules", { currency_code: "CNY", window_months: 1, ...body }, admin)).data.tier_rule

      async function standardRules() {
        // T3 → T2 with own net ≥ 400 and ≥ 1 customer: B (exactly 400) qualifies, C and D (150) do not.
        const up = await createRule({ from_tier_id: tiers.T3.id, to_tier_id: tiers.T2.id, direction: "upgrade", min_sales: "400", min_active_customers: 1 })
        // T2 keeps its tier with ≥ 600 and ≥ 2 customers: A (exactly 600 and 2) stays, E (1 customer) drops.
        const down = await createRule({ from_tier_id: tiers.T2.id, to_tier_id: tiers.T3.id, direction: "downgrade", min_sales: "600", min_active_customers: 2 })
        return { up, down }
      }

      const evaluate = async (period = "2026-10") =>
        (await api.post("/admin/distribution/performance/evaluate", { period }, admin)).data.evaluation

      const proposals = async (qs = "") =>
        (await api.get(`/admin/distribution/performance/tier-proposals?limit=100${qs}`, admin)).data

      it("creates, lists, updates and deletes rules, refusing impossible ones", async () => {
        const { up } = await standardRules()
        expect(up).toMatchObject({ direction: "upgrade", min_sales: "400", currency_code: "cny", window_months: 1, min_active_customers: 1, min_downline_sales: null, active: true, from_tier: { code: "T3" }, to_tier: { code: "T2" } })
        const list = (await api.get("/admin/distribution/performance/tier-rules", admin)).data
        expect(list.count).toBe(2)
        const updated = (await api.post(`/admin/distribution/performance/tier-rules/${up.id}`, { min_sales: 450.5, min_downline_sales: "100" }, admin)).data.tier_rule
        expect(updated).toMatchObject({ min_sales: "450.5", min_downline_sales: "100", direction: "upgrade" })
        const wrongWay = await api
          .post("/admin/distribution/performance/tier-rules", { from_tier_id: tiers.T2.id, to_tier_id: tiers.T3.id, direction: "upgrade", min_sales: "1", currency_code: "cny" }, admin)
          .catch((e: any) => e.response)
        expect(wrongWay.status).toBe(400)
        expect(wrongWay.data.message).toMatch(/higher tier/)
        const badUpdate = await api.post(`/admin/distribution/performance/tier-rules/${up.id}`, { direction: "downgrade" }, admin).catch((e: any) => e.response)
        expect(badUpdate.status).toBe(400)
        const badAmount = await api
          .post("/admin/distribution/performance/tier-rules", { from_tier_id: tiers.T3.id, to_tier_id: tiers.T2.id, direction: "upgrade", min_sales: "-1", currency_code: "cny" }, admin)
          .catch((e: any) => e.response)
        expect(badAmount.status).toBe(400)
        await api.delete(`/admin/distribution/performance/tier-rules/${up.id}`, admin)
        expect((await api.get("/admin/distribution/performance/tier-rules", admin)).data.count).toBe(1)
      })

      it("fires exactly at the thresholds and proposes once per dealer and month", async () => {
        const { up, down } = await standardRules()
        const first = await evaluate()
        expect(first.proposed).toHaveLength(2)
        expect(first.applied).toEqual([])
        const { tier_proposals, count } = await proposals("&status=proposed")
        expect(count).toBe(2)
        const byDealer = Object.fromEntries(tier_proposals.map((p: any) => [p.dealer.code[0], p]))
        expect(Object.keys(byDealer).sort()).toEqual(["B", "E"])
        expect(byDealer.B).toMatchObject({
          direction: "upgrade",
          rule_id: up.id,
          from_tier: { code: "T3" },
          to_tier: { code: "T2" },
          period_key: "2026-10",
          status: "proposed",
          measured: { currency_code: "cny", sales: "400", active_customers: 1, downline_sales: "150" },
          rule_snapshot: { min_sales: "400", min_active_customers: 1, window_months: 1 },
        })
        expect(byDealer.B.measured.window).toMatchObject({ first_month: "2026-10", from: "2026-09-30T16:00:00.000Z" })
        expect(byDealer.E).toMatchObject({ direction: "downgrade", rule_id: down.id, to_tier: { code: "T3" } })
        expect(byDealer.E.measured.checks.find((c: any) => c.figure === "active_customers")).toEqual({ figure: "active_customers", minimum: "2", measured: "1", met: false })

        // The job's second run for the month writes nothing.
        expect((await evaluate()).proposed).toEqual([])
        expect((await proposals()).count).toBe(2)

        // A cent above B's sales: B no longer qualifies (next month, nothing proposed for anyone new).
        await api.post(`/admin/distribution/performance/tier-rules/${up.id}`, { min_sales: "400.01" }, admin)
        const september = await evaluate("2026-09")
        // September: A had 440 from 1 customer → misses T2's minimums; E had nothing → misses; T3 dealers had nothing.
        const sept = (await proposals("&period_key=2026-09")).tier_proposals
        expect(september.proposed).toHaveLength(2)
        expect(sept.map((p: any) => p.dealer.code[0]).sort()).toEqual(["A", "E"])
      })

      it("accepting moves the dealer's tier and customer group and records it; rejecting leaves it", async () => {
        await standardRules()
        await evaluate()
        const { tier_proposals } = await proposals("&status=proposed")
        const b = tier_proposals.find((p: any) => p.dealer.code[0] === "B")
        const e = tier_proposals.find((p: any) => p.dealer.code[0] === "E")

        const accepted = (await api.post(`/admin/distribution/performance/tier-proposals/${b.id}/accept`, { note: "Well done" }, admin)).data.tier_proposal
        expect(accepted).toMatchObject({ status: "accepted", decided_by: adminUserId, note: "Well done" })
        expect(accepted.decided_at).toBeTruthy()
        const dealer = (await api.get(`/admin/distribution/dealers/${dealers.B.id}`, admin)).data.dealer
        expect(dealer.tier_id ?? dealer.tier?.id).toBe(tiers.T2.id)
        const customers = getContainer().resolve(Modules.CUSTOMER) as any
        const groups = await customers.listCustomerGroupCustomers({ customer_id: accounts.B.customer_id })
        const groupIds = groups.map((g: any) => g.customer_group_id)
        expect(groupIds).toContain(tiers.T2.customer_group_id)
        expect(groupIds).not.toContain(tiers.T3.customer_group_id)
        const history = (await api.get(`/admin/distribution/dealers/${dealers.B.id}/history`, admin)).data.history
        const change = history.find((h: any) => h.action === "tier_changed")
        expect(change).toMatchObject({ from_value: tiers.T3.id, to_value: tiers.T2.id, actor_id: adminUserId })
        expect(change.reason).toContain(b.id)

        const again = await api.post(`/admin/distribution/performance/tier-proposals/${b.id}/accept`, {}, admin).catch((x: any) => x.response)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already accepted/)

        const rejected = (await api.post(`/admin/distribution/performance/tier-proposals/${e.id}/reject`, { note: "Seasonal" }, admin)).data.tier_proposal
        expect(rejected).toMatchObject({ status: "rejected", decided_by: adminUserId })
        const stays = (await api.get(`/admin/distribution/dealers/${dealers.E.id}`, admin)).data.dealer
        expect(stays.tier_id ?? stays.tier?.id).toBe(tiers.T2.id)
        // A rejected month is not proposed again.
        expect((await evaluate()).proposed).toEqual([])
      })

      it("refuses to apply a proposal whose dealer was moved by hand meanwhile", async () => {
        await standardRules()
        await evaluate()
        const b = (await proposals("&status=proposed")).tier_proposals.find((p: any) => p.dealer.code[0] === "B")
        await api.post(`/admin/distribution/dealers/${dealers.B.id}`, { tier_id: tiers.T1.id }, admin)
        const res = await api.post(`/admin/distribution/performance/tier-proposals/${b.id}/accept`, {}, admin).catch((x: any) => x.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/no longer in tier/)
        expect((await proposals(`&dealer_id=${dealers.B.id}`)).tier_proposals[0].status).toBe("proposed")
      })

      it("with auto_apply_tier_proposals, the evaluation applies its proposals", async () => {
        // The option as the plugin's modules received it at boot (`auto_apply_tier_proposals: true` in medusa-config).
        const options = (getContainer().resolve("performance") as any).getOptions()
        options.auto_apply_tier_proposals = true
        try {
          await standardRules()
          const result = await evaluate()
          expect(result.proposed).toHaveLength(2)
          expect(result.applied.sort()).toEqual([...result.proposed].sort())
          const list = (await proposals()).tier_proposals
          expect(list.map((p: any) => [p.dealer.code[0], p.status, p.decided_by]).sort()).toEqual([
            ["B", "applied", null],
            ["E", "applied", null],
          ])
          const b = (await api.get(`/admin/distribution/dealers/${dealers.B.id}`, admin)).data.dealer
          const e = (await api.get(`/admin/distribution/dealers/${dealers.E.id}`, admin)).data.dealer
          expect(b.tier_id ?? b.tier?.id).toBe(tiers.T2.id)
          expect(e.tier_id ?? e.tier?.id).toBe(tiers.T3.id)
        } finally {
          options.auto_apply_tier_proposals = false
        }
      })
    })
  },
})
