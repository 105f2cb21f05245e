import { distributionTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import type DistributionModuleService from "../../src/modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../src/types/module-names"
import { evaluateCustomerTiersInBatches, evaluateCustomerTiersWorkflow } from "../../src/workflows/customer-tier"

jest.setTimeout(300 * 1000)

const MONTH_12 = (d: Date) => new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()))

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let dealer: any

    const sql = async (text: string, params: unknown[] | Record<string, unknown> = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, params as any)).rows as any[]

    /** One fact row (one order line) written directly, for the tests of pure aggregation. */
    type Fact = {
      order_id: string
      customer_id: string
      placed_at: string
      net: string
      refunded?: string
      quantity?: number
      returned?: number
      canceled?: boolean
      product_id?: string
      product_title?: string
      category_ids?: string[]
      currency_code?: string
    }
    const insertFacts = async (facts: Fact[]) => {
      for (const f of facts) {
        await sql(
          `INSERT INTO sales_fact (id, order_id, line_item_id, placed_at, customer_id, product_id, product_title, category_ids,
             currency_code, quantity, returned_quantity, net_amount, raw_net_amount, refunded_amount, raw_refunded_amount, canceled)
           VALUES (:id, :order_id, :line_item_id, :placed_at, :customer_id, :product_id, :product_title, :category_ids::text[],
             :currency_code, :quantity, :returned, :net::numeric, :raw_net::jsonb, :refunded::numeric, :raw_refunded::jsonb, :canceled)`,
          {
            id: generateEntityId(undefined, "sfact"),
            order_id: f.order_id,
            line_item_id: generateEntityId(undefined, "ordli"),
            placed_at: f.placed_at,
            customer_id: f.customer_id,
            product_id: f.product_id ?? null,
            product_title: f.product_title ?? null,
            category_ids: f.category_ids ?? [],
            currency_code: f.currency_code ?? "cny",
            quantity: f.quantity ?? 1,
            returned: f.returned ?? 0,
            net: f.net,
            raw_net: JSON.stringify({ value: f.net, precision: 20 }),
            refunded: f.refunded ?? "0",
            raw_refunded: JSON.stringify({ value: f.refunded ?? "0", precision: 20 }),
            canceled: f.canceled ?? false,
          }
        )
      }
    }

    const createTiers = async () => {
      const silver = (
        await api.post(
          "/admin/distribution/customer-tiers",
          {
            code: "SILVER",
            name_en: "Silver",
            name_zh: "银卡",
            rank: 1,
            rules: [{ window_months: 12, min_spend: "300", currency_code: "CNY" }],
          },
          admin
        )
      ).data.tier
      const vip = (
        await api.post(
          "/admin/distribution/customer-tiers",
          {
            code: "VIP",
            name_en: "VIP",
            name_zh: "贵宾",
            rank: 2,
            rules: [
              { window_months: 12, min_spend: "1000", currency_code: "cny" },
              { window_months: 12, min_orders: 4 },
            ],
          },
          admin
        )
      ).data.tier
      return { silver, vip }
    }

    const changesOf = async (customerId: string) =>
      (await api.get(`/admin/distribution/customer-tiers/changes?customer_id=${customerId}&limit=100`, admin)).data.changes
    const groupsOf = async (customerId: string) =>
      ((await api.get(`/admin/customers/${customerId}?fields=id,*groups`, admin)).data.customer.groups ?? []).map((g: any) => g.id)

    const waitFor = async <T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
      let last: T | undefined
      for (let i = 0; i < 100; i++) {
        last = await read()
        if (done(last)) return last
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`)
    }

    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin, 100)
      const tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "Tier 1", name_zh: "一级" }, admin)).data.tier
      const account = await registerCustomer(api, store.publishableKey, "dealer@dealers.test")
      dealer = (
        await api.post(
          "/admin/distribution/dealers",
          { customer_id: account.customer_id, tier_id: tier.id, display_name: "Hangzhou", code: "HZ001" },
          admin
        )
      ).data.dealer
      await dbUtils.snapshot()
    })

    async function placeOrder(headers: Record<string, string>, email: string, quantity = 1) {
      const cart = (await api.post("/store/carts", { region_id: store.region.id, email }, { headers })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.variantId, quantity }, { headers })
      const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers })).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers })
      expect(data.type).toBe("order")
      await utils.waitWorkflowExecutions()
      return data.order
    }

    it("validates tiers and rules: unique code and rank, a rule needs a condition, spend needs a currency", async () => {
      const { vip } = await createTiers()
      expect(vip).toEqual(
        expect.objectContaining({
          code: "VIP",
          rank: 2,
          customer_group_id: expect.stringMatching(/^cusgroup_/),
          customer_count: 0,
          rules: [
            expect.objectContaining({ window_months: 12, min_spend: "1000", currency_code: "cny", min_orders: null }),
            expect.objectContaining({ window_months: 12, min_spend: null, currency_code: null, min_orders: 4 }),
          ],
        })
      )
      const group = (await api.get(`/admin/customer-groups/${vip.customer_group_id}`, admin)).data.customer_group
      expect(group.name).toBe("贵宾 / VIP (customer tier VIP)")
      // The read-only link reaches the group from the tier in one query.
      const { data: linked } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "customer_tier", fields: ["code", "customer_group.name"], filters: { id: vip.id } })
      expect(linked[0].customer_group?.name).toBe("贵宾 / VIP (customer tier VIP)")

      const fail = (body: unknown, url = "/admin/distribution/customer-tiers") =>
        api.post(url, body, admin).then(
          (r: any) => {
            throw new Error(`expected a failure, got ${r.status}`)
          },
          (e: any) => e.response
        )
      const sameCode = await fail({ code: "VIP", name_en: "x", name_zh: "x", rank: 5 })
      expect([sameCode.status, sameCode.data.message]).toEqual([400, "A customer tier with code VIP already exists."])
      const sameRank = await fail({ code: "GOLD", name_en: "x", name_zh: "x", rank: 2 })
      expect(sameRank.status).toBe(400)
      expect(sameRank.data.message).toContain("already has rank 2")
      expect((await fail({ code: "GOLD", name_en: "x", name_zh: "x", rank: 3, rules: [{ window_months: 12 }] })).status).toBe(400)
      expect(
        (await fail({ code: "GOLD", name_en: "x", name_zh: "x", rank: 3, rules: [{ window_months: 12, min_spend: "10" }] })).status
      ).toBe(400)

      // Rules are replaced as a whole; names follow into the group.
      const updated = (
        await api.post(`/admin/distribution/customer-tiers/${vip.id}/rules`, { rules: [{ window_months: 6, min_orders: 2 }] }, admin)
      ).data.tier
      expect(updated.rules).toEqual([expect.objectContaining({ window_months: 6, min_orders: 2, min_spend: null })])
      await api.post(`/admin/distribution/customer-tiers/${vip.id}`, { name_en: "Very important" }, admin)
      const renamed = (await api.get(`/admin/customer-groups/${vip.customer_group_id}`, admin)).data.customer_group
      expect(renamed.name).toBe("贵宾 / Very important (customer tier VIP)")
      const list = (await api.get("/admin/distribution/customer-tiers", admin)).data
      expect(list.tiers.map((t: any) => t.code)).toEqual(["VIP", "SILVER"])

      await api.delete(`/admin/distribution/customer-tiers/${vip.id}`, admin)
      const gone = await api.get(`/admin/distribution/customer-tiers/${vip.id}`, admin).catch((e: any) => e.response)
      expect(gone.status).toBe(404)
      const groupGone = await api.get(`/admin/customer-groups/${vip.customer_group_id}`, admin).catch((e: any) => e.response)
      expect(groupGone.status).toBe(404)
    })

    it("orders move a customer up exactly at the spend and order-count thresholds, into the tier's customer group (its price list applies), recording each change once", async () => {
      const { silver, vip } = await createTiers()
      const shopper = await registerCustomer(api, store.publishableKey, "shopper@shop.test")
      const other = await registerCustomer(api, store.publishableKey, "other@shop.test")
      const headers = shopper.config.headers

      // 100 and 200 CNY: below Silver's 300 and VIP's 4 orders.
      await placeOrder(headers, "shopper@shop.test")
      const second = await placeOrder(headers, "shopper@shop.test")
      await waitFor("facts of the second order", () => sql("SELECT 1 FROM sales_fact WHERE order_id = ?", [second.id]), (r) => r.length > 0)
      expect(await changesOf(shopper.customer_id)).toEqual([])
      expect(await groupsOf(shopper.customer_id)).toEqual([])

      // Exactly 300.00 CNY: Silver.
      const third = await placeOrder(headers, "shopper@shop.test")
      const toSilver = await waitFor("the change to Silver", () => changesOf(shopper.customer_id), (c) => c.length === 1)
      expect(toSilver[0]).toEqual(
        expect.objectContaining({
          from_tier: null,
          to_tier: expect.objectContaining({ id: silver.id, code: "SILVER" }),
          source: "order",
          order_id: third.id,
          reason: "SILVER: net spend 300 ≥ 300 CNY in the last 12 month(s)",
          rule: expect.objectContaining({ measured_spend: "300", measured_orders: 3, min_spend: "300" }),
        })
      )
      expect(await groupsOf(shopper.customer_id)).toEqual([silver.customer_group_id])

      // The 4th order: exactly VIP's order count (spend 400 is far below its 1000).
      await waitFor("facts of the third order", () => sql("SELECT 1 FROM sales_fact WHERE order_id = ?", [third.id]), (r) => r.length > 0)
      const fourth = await placeOrder(headers, "shopper@shop.test")
      const toVip = await waitFor("the change to VIP", () => changesOf(shopper.customer_id), (c) => c.length === 2)
      expect(toVip[0]).toEqual(
        expect.objectContaining({
          from_tier: expect.objectContaining({ id: silver.id }),
          to_tier: expect.objectContaining({ id: vip.id }),
          order_id: fourth.id,
          reason: "VIP: orders 4 ≥ 4 in the last 12 month(s)",
        })
      )
      expect(await groupsOf(shopper.customer_id)).toEqual([vip.customer_group_id])

      // A duplicate order.placed (even concurrent), "evaluate now" and the job record nothing more.
      const container = getContainer()
      await Promise.all(
        [1, 2].map(() =>
          evaluateCustomerTiersWorkflow(container).run({
            input: { customer_ids: [shopper.customer_id], source: "order", order_id: fourth.id },
          })
        )
      )
      await waitFor("facts of the fourth order", () => sql("SELECT 1 FROM sales_fact WHERE order_id = ?", [fourth.id]), (r) => r.length > 0)
      const now = (await api.post("/admin/distribution/customer-tiers/evaluate", { customer_ids: [shopper.customer_id] }, admin)).data
      expect(now).toEqual({ evaluated: 1, changed: 0, batches: 1 })
      const job = await evaluateCustomerTiersInBatches(container, { source: "job" })
      expect(job.changed).toBe(0)
      expect(await changesOf(shopper.customer_id)).toHaveLength(2)
      expect(await groupsOf(shopper.customer_id)).toEqual([vip.customer_group_id])

      // VIP prices through Medusa's own price list on the tier's customer group.
      await api.post(
        "/admin/price-lists",
        {
          title: "VIP prices",
          description: "VIP",
          type: "sale",
          status: "active",
          rules: { "customer.groups.id": [vip.customer_group_id] },
          prices: [{ variant_id: store.variantId, amount: 80, currency_code: "cny" }],
        },
        admin
      )
      const priceFor = async (h: Record<string, string>, email: string) => {
        const cart = (await api.post("/store/carts", { region_id: store.region.id, email }, { headers: h })).data.cart
        const withItem = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.variantId, quantity: 1 }, { headers: h })).data.cart
        return Number(withItem.items[0].unit_price)
      }
      expect(await priceFor(headers, "shopper@shop.test")).toBe(80)
      expect(await priceFor(other.config.headers, "other@shop.test")).toBe(100)

      const tiers = (await api.get("/admin/distribution/customer-tiers", admin)).data.tiers
      expect(tiers.map((t: any) => [t.code, t.customer_count])).toEqual([
        ["VIP", 1],
        ["SILVER", 0],
      ])

      // An order's own evaluation counts the order from Medusa's order, not from its facts, so it does not
      // matter whether the facts subscriber has written them yet: without them the customer stays VIP.
      await sql("DELETE FROM sales_fact WHERE order_id = ?", [fourth.id])
      const again = await evaluateCustomerTiersWorkflow(container).run({
        input: { customer_ids: [shopper.customer_id], source: "order", order_id: fourth.id },
      })
      expect(again.result.changed).toBe(0)
      expect(await changesOf(shopper.customer_id)).toHaveLength(2)
    })

    it("the daily job keeps a tier while its window holds and takes it away when the window passes (clock passed in)", async () => {
      const { silver, vip } = await createTiers()
      const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "window@shop.test" })
      const t1 = new Date("2026-01-15T10:00:00.000Z")
      const times = [t1, new Date("2026-02-01T00:00:00Z"), new Date("2026-03-01T00:00:00Z"), new Date("2026-04-01T00:00:00Z")]
      await insertFacts(times.map((t, i) => ({ order_id: `order_w${i}`, customer_id: customer.id, placed_at: t.toISOString(), net: "100" })))
      const run = (now: Date) => evaluateCustomerTiersInBatches(getContainer(), { source: "job", now, batch_size: 2 })

      // Before the 4th order: 3 orders, 300 → Silver (exactly at spend).
      expect((await run(new Date("2026-03-15T00:00:00Z"))).changed).toBe(1)
      expect((await changesOf(customer.id))[0].to_tier.code).toBe("SILVER")
      // With the 4th: VIP; again: nothing.
      expect((await run(new Date("2026-04-02T00:00:00Z"))).changed).toBe(1)
      expect((await run(new Date("2026-04-02T00:00:00Z"))).changed).toBe(0)
      expect(await groupsOf(customer.id)).toEqual([vip.customer_group_id])

      // 12 months after the first order to the millisecond, it is still inside the window.
      expect((await run(MONTH_12(t1))).changed).toBe(0)
      // One millisecond later it falls out: 3 orders, 300 → down to Silver.
      expect((await run(new Date(MONTH_12(t1).getTime() + 1))).changed).toBe(1)
      let changes = await changesOf(customer.id)
      expect(changes[0]).toEqual(
        expect.objectContaining({
          from_tier: expect.objectContaining({ code: "VIP" }),
          to_tier: expect.objectContaining({ code: "SILVER" }),
          source: "job",
          order_id: null,
        })
      )
      expect(await groupsOf(customer.id)).toEqual([silver.customer_group_id])

      // Past the last order's window: no orders left in it, the customer holds a tier, so the job still
      // evaluates it and takes the tier away.
      expect((await run(new Date("2027-05-01T00:00:00Z"))).changed).toBe(1)
      changes = await changesOf(customer.id)
      expect(changes[0]).toEqual(
        expect.objectContaining({ to_tier: null, reason: "No rule of any tier matches", source: "job" })
      )
      expect(await groupsOf(customer.id)).toEqual([])
      expect((await run(new Date("2027-05-01T00:00:00Z"))).changed).toBe(0)
      expect((await changesOf(customer.id)).map((c: any) => c.to_tier?.code ?? null)).toEqual([null, "SILVER", "VIP", "SILVER"])

      const byTier = (await api.get(`/admin/distribution/customer-tiers/changes?tier_id=${vip.id}&source=job`, admin)).data
      expect(byTier.count).toBe(2)
    })

    it("customer statistics and the customer list: spend, orders, favourites, tier, bound dealer; filters, order, pages and CSV", async () => {
      const { vip } = await createTiers()
      const tea = (await api.post("/admin/product-categories", { name: "Tea" }, admin)).data.product_category
      const cups = (await api.post("/admin/product-categories", { name: "Cups" }, admin)).data.product_category
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const [c1, c2, c3] = await customers.createCustomers([
        { email: "one@insights.test", first_name: "Li", last_name: "Lei" },
        { email: "two@insights.test", first_name: "Han", last_name: "Meimei" },
        { email: "three@insights.test", first_name: "Wang", last_name: "Fang" },
      ])
      await insertFacts([
        // o1: two lines; o2 60 days later; o3 canceled; o4 partly returned (1 of 2, 50 refunded), 89 days after o1.
        { order_id: "order_1", customer_id: c1.id, placed_at: "2026-01-01T00:00:00Z", net: "150", product_id: "prod_tea", product_title: "Green tea", category_ids: [tea.id] },
        { order_id: "order_1", customer_id: c1.id, placed_at: "2026-01-01T00:00:00Z", net: "50", quantity: 2, product_id: "prod_cup", product_title: "Cup", category_ids: [cups.id] },
        { order_id: "order_2", customer_id: c1.id, placed_at: "2026-03-02T00:00:00Z", net: "100", product_id: "prod_tea", product_title: "Green tea", category_ids: [tea.id] },
        { order_id: "order_3", customer_id: c1.id, placed_at: "2026-03-10T00:00:00Z", net: "500", refunded: "500", canceled: true, product_id: "prod_pot", product_title: "Teapot" },
        { order_id: "order_4", customer_id: c1.id, placed_at: "2026-03-31T00:00:00Z", net: "200", refunded: "50", quantity: 2, returned: 1, product_id: "prod_set", product_title: "Gift set" },
        { order_id: "order_5", customer_id: c2.id, placed_at: "2026-02-01T00:00:00Z", net: "1000", product_id: "prod_tea", product_title: "Green tea" },
        { order_id: "order_6", customer_id: c2.id, placed_at: "2026-02-02T00:00:00Z", net: "9", currency_code: "usd" },
      ])
      await getContainer()
        .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
        .createCustomerBindings({ customer_id: c2.id, dealer_id: dealer.id, source: "admin", bound_at: new Date("2026-01-01T00:00:00Z") })
      await evaluateCustomerTiersInBatches(getContainer(), { source: "admin", now: new Date("2026-04-01T00:00:00Z") })

      const one = (await api.get(`/admin/distribution/customers-insights/${c1.id}`, admin)).data
      expect(one.stats).toEqual({
        currency_code: "cny",
        order_count: 3,
        total_spend: "450.00",
        average_spend: "150.00",
        first_order_at: "2026-01-01T00:00:00.000Z",
        last_order_at: "2026-03-31T00:00:00.000Z",
        purchase_frequency: "1.01",
        per_currency: [{ currency_code: "cny", order_count: 3, total_spend: "450.00", average_spend: "150.00" }],
      })
      expect(one.favourite_products.map((p: any) => [p.name, p.net_spend, p.quantity])).toEqual([
        ["Green tea", "250.00", 2],
        ["Gift set", "150.00", 1],
        ["Cup", "50.00", 2],
      ])
      expect(one.favourite_categories.map((c: any) => [c.id, c.name, c.net_spend])).toEqual([
        [tea.id, "Tea", "250.00"],
        [cups.id, "Cups", "50.00"],
      ])
      expect(one.dealer).toBeNull()
      expect(one.tier).toEqual(expect.objectContaining({ code: "SILVER" }))

      const two = (await api.get(`/admin/distribution/customers-insights/${c2.id}`, admin)).data
      expect(two.stats.per_currency.map((p: any) => [p.currency_code, p.order_count, p.total_spend])).toEqual([
        ["cny", 1, "1000.00"],
        ["usd", 1, "9.00"],
      ])
      expect(two.dealer).toEqual(expect.objectContaining({ id: dealer.id, code: "HZ001", display_name: "Hangzhou" }))
      expect(two.tier).toEqual(expect.objectContaining({ id: vip.id }))
      expect(two.tier_history).toEqual([expect.objectContaining({ to_tier: expect.objectContaining({ code: "VIP" }), source: "admin" })])

      const three = (await api.get(`/admin/distribution/customers-insights/${c3.id}`, admin)).data
      expect(three.stats).toEqual(expect.objectContaining({ order_count: 0, total_spend: "0", average_spend: null, purchase_frequency: null }))
      expect((await api.get("/admin/distribution/customers-insights/cus_missing", admin).catch((e: any) => e.response)).status).toBe(404)

      const list = async (query: string) =>
        (await api.get(`/admin/distribution/customers-insights?q=insights.test&currency_code=cny&${query}`, admin)).data
      const emails = (data: any) => data.customers.map((c: any) => c.email.split("@")[0])
      const all = await list("")
      expect(emails(all)).toEqual(["two", "one", "three"])
      expect(all.count).toBe(3)
      expect(all.customers[0]).toEqual(
        expect.objectContaining({
          order_count: 1,
          total_spend: "1000.00",
          average_spend: "1000.00",
          tier: expect.objectContaining({ code: "VIP" }),
          dealer: { id: dealer.id, code: "HZ001", display_name: "Hangzhou" },
        })
      )
      expect(emails(await list(`tier_id=${vip.id}`))).toEqual(["two"])
      expect(emails(await list("tier_id=none"))).toEqual(["three"])
      expect(emails(await list(`dealer_id=${dealer.id}`))).toEqual(["two"])
      expect(emails(await list("spend_min=450&spend_max=450"))).toEqual(["one"])
      expect(emails(await list("spend_min=450.01"))).toEqual(["two"])
      expect(emails(await list("spend_max=449.99"))).toEqual(["three"])
      expect(emails(await list("order=orders"))).toEqual(["three", "two", "one"])
      const page = await list("limit=1&offset=1")
      expect([emails(page), page.count]).toEqual([["one"], 3])
      expect(
        (await api.get("/admin/distribution/customers-insights?q=Meimei&currency_code=cny", admin)).data.customers.map((c: any) => c.id)
      ).toEqual([c2.id])
      const bad = await api.get("/admin/distribution/customers-insights?spend_min=5&spend_max=1", admin).catch((e: any) => e.response)
      expect(bad.status).toBe(400)

      const csv = await api.get("/admin/distribution/customers-insights?q=insights.test&currency_code=cny&format=csv", admin)
      expect(csv.headers["content-type"]).toContain("text/csv")
      const lines = String(csv.data).replace(/^\uFEFF/, "").trim().split("\r\n")
      expect(lines).toHaveLength(4)
      expect(lines[0]).toContain("Net spend 净消费")
      expect(lines[1]).toContain("two@insights.test")
      expect(lines[1]).toContain("HZ001")
      expect(lines[1]).toContain("1000.00")
    })
  },
})
