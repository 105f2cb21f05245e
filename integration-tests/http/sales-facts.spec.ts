import { distributionTestRunner } from "../helpers/test-runner"
import { cancelOrderWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import { cancelOrder, fulfilOrder, getOrder, refundPayment, returnItems, setUpFulfilment } from "../helpers/order-lifecycle"
import { accrueOrderCommissionWorkflow, attributeOrderWorkflow, reverseOrderCommissionWorkflow } from "../../src/workflows"
import { syncOrderSalesFactsWorkflow } from "../../src/workflows/reporting"
import { backfillSalesFacts } from "../../src/scripts/backfill-sales-facts"

jest.setTimeout(300 * 1000)

const dec = (v: unknown) => new Decimal(String((v as any)?.value ?? v ?? 0))
const money = (v: Decimal.Value) => new Decimal(v).toFixed(2)
const sum = (values: Decimal.Value[]) => values.reduce<Decimal>((s, v) => s.plus(v), new Decimal(0))

/** Columns a recompute must reproduce exactly (not the row's own id and timestamps). */
const FACT_COLUMNS = `order_id, line_item_id, order_display_id, placed_at, customer_id, dealer_id, dealer_tier_id,
  upline_dealer_ids, product_id, variant_id, sku, product_title, collection_id, category_ids, region_id, country_code,
  sales_channel_id, currency_code, quantity, returned_quantity, net_amount::text AS net_amount,
  refunded_amount::text AS refunded_amount, commission_amount::text AS commission_amount, canceled`

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let cup: { productId: string; variantId: string }
    let categoryId: string
    let collectionId: string
    let tiers: Record<string, any>
    let A: any
    let B: any
    let C: any
    let buyer: { customer_id: string; config: RequestConfig }

    const sql = async (text: string, params: unknown[] = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, params as any)).rows as any[]
    const factsOf = (orderId: string) =>
      sql(`SELECT ${FACT_COLUMNS}, updated_at FROM sales_fact WHERE order_id = ? ORDER BY sales_fact.net_amount DESC, line_item_id`, [orderId])
    const allFacts = () => sql(`SELECT ${FACT_COLUMNS} FROM sales_fact ORDER BY line_item_id`)

    // Producer → A (tier 1) → B (tier 2) → C (tier 3); C sells.
    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      tiers = {}
      for (const [code, rank] of [["T1", 1], ["T2", 2], ["T3", 3]] as const) {
        tiers[code] = (await api.post("/admin/distribution/tiers", { code, rank, name_en: code, name_zh: code }, admin)).data.tier
      }
      const make = async (code: string, tier: string, parent_id?: string) => {
        const account = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@dealers.test`)
        return (
          await api.post(
            "/admin/distribution/dealers",
            { customer_id: account.customer_id, tier_id: tiers[tier].id, display_name: `Dealer ${code}`, code, parent_id },
            admin
          )
        ).data.dealer
      }
      A = await make("HZ001", "T1")
      B = await make("NB101", "T2", A.id)
      C = await make("NB201", "T3", B.id)
      buyer = await registerCustomer(api, store.publishableKey, "buyer@shop.test")

      categoryId = (await api.post("/admin/product-categories", { name: "Tea", is_active: true }, admin)).data.product_category.id
      collectionId = (await api.post("/admin/collections", { title: "Spring" }, admin)).data.collection.id
      await api.post(`/admin/products/${store.product.id}`, { categories: [{ id: categoryId }], collection_id: collectionId }, admin)
      const product = (
        await api.post(
          "/admin/products",
          {
            title: "Tea cup",
            status: "published",
            options: [{ title: "Colour", values: ["White"] }],
            variants: [
              { title: "White", sku: "CUP-W", options: { Colour: "White" }, manage_inventory: false, prices: [{ amount: 30, currency_code: "cny" }] },
            ],
            sales_channels: [{ id: store.channel.id }],
          },
          admin
        )
      ).data.product
      cup = { productId: product.id, variantId: product.variants[0].id }
      await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      await api.post(
        "/admin/distribution/commission/plan",
        { rules: [{ scope_type: "all", level: 1, type: "percentage", rate: "0.10" }, { scope_type: "all", level: 2, type: "percentage", rate: "0.05" }] },
        admin
      )
      await dbUtils.snapshot()
    })

    /**
     * A storefront checkout of several lines, by the signed-in buyer (bound to the dealer of
     * its first attributed order) or a guest with its own e-mail, with or without a referral.
     */
    async function placeOrder(lines: { variantId: string; quantity: number }[], opts: { code?: string; guest?: string } = {}) {
      const headers = opts.guest ? store.pk : buyer.config.headers
      const email = opts.guest ?? "buyer@shop.test"
      const cart = (await api.post("/store/carts", { region_id: store.region.id, email }, { headers })).data.cart
      for (const line of lines) {
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: line.variantId, quantity: line.quantity }, { headers })
      }
      await api.post(
        `/store/carts/${cart.id}`,
        { shipping_address: { first_name: "Wei", last_name: "Wang", address_1: "1 West Lake Rd", city: "Hangzhou", country_code: "cn" } },
        { headers }
      )
      if (opts.code) {
        await api.post("/store/distribution/referrals/visit", { code: opts.code, cart_id: cart.id }, { headers })
      }
      const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers })).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers })
      expect(data.type).toBe("order")
      await utils.waitWorkflowExecutions()
      return data.order
    }

    const TOTALS = "id,created_at,display_id,customer_id,region_id,sales_channel_id,currency_code,status,item_subtotal,discount_subtotal,item_total,*items,*items.detail,summary.*"
    const medusaOrder = (id: string) => getOrder(api, admin, id, TOTALS)
    const ledgerOf = async (orderId: string) =>
      (await api.get(`/admin/distribution/commission/entries?order_id=${orderId}&limit=100`, admin)).data

    /** Waits until the facts of an order satisfy `ok` (subscribers finish after the HTTP call returns). */
    async function factsWhen(orderId: string, ok: (rows: any[]) => boolean) {
      let rows: any[] = []
      for (let i = 0; i < 60; i++) {
        rows = await factsOf(orderId)
        if (ok(rows)) return rows
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`facts of ${orderId} never reached the expected state: ${JSON.stringify(rows)}`)
    }

    /**
     * The invariants every order's facts keep with Medusa's own order and the
     * ledger: one row per line; Σ net = item subtotal − discounts as placed;
     * net sales = what Medusa still counts as sold; commission = the ledger's sum.
     */
    async function expectFactsTieOut(orderId: string) {
      const order = await medusaOrder(orderId)
      const rows = await factsOf(orderId)
      expect(rows.map((r) => r.line_item_id).sort()).toEqual(order.items.map((i: any) => i.id).sort())
      for (const item of order.items) {
        const row = rows.find((r) => r.line_item_id === item.id)
        const returned = Number(item.detail.return_received_quantity) + Number(item.detail.return_dismissed_quantity)
        expect(row.quantity).toBe(Number(item.quantity))
        expect(row.returned_quantity).toBe(returned)
        // The line as placed (these orders carry no promotions): unit price × quantity.
        expect(row.net_amount).toBe(money(dec(item.unit_price).times(item.quantity)))
        expect(row.placed_at.toISOString()).toBe(new Date(order.created_at).toISOString())
        expect(row.order_display_id).toBe(order.display_id)
        expect(row.currency_code).toBe(order.currency_code)
        expect(row.region_id).toBe(order.region_id)
        expect(row.sales_channel_id).toBe(order.sales_channel_id)
        expect(row.customer_id).toBe(order.customer_id ?? null)
      }
      const ledger = await ledgerOf(orderId)
      const ledgerTotal = ledger.totals[0]?.amount ?? "0"
      expect(money(sum(rows.map((r) => r.commission_amount)))).toBe(money(ledgerTotal))
      return { order, rows }
    }

    describe("placements", () => {
      it("an attributed order's lines carry the dealer, its frozen upline and tier, the product and the commission", async () => {
        const order = await placeOrder([{ variantId: store.variantId, quantity: 3 }, { variantId: cup.variantId, quantity: 2 }], { code: "NB201" })
        const rows = await factsWhen(order.id, (r) => r.length === 2 && r.every((x) => x.commission_amount !== "0.00"))
        const { order: placed } = await expectFactsTieOut(order.id)
        expect(rows.map((r) => [r.product_id, r.variant_id, r.sku, r.product_title, r.quantity, r.net_amount, r.refunded_amount, r.commission_amount])).toEqual([
          [store.product.id, store.variantId, null, "Green tea 250g", 3, "300.00", "0.00", "45.00"], // 10 % + 5 %
          [cup.productId, cup.variantId, "CUP-W", "Tea cup", 2, "60.00", "0.00", "9.00"],
        ])
        expect(rows[0]).toEqual(
          expect.objectContaining({
            dealer_id: C.id,
            dealer_tier_id: tiers.T3.id,
            upline_dealer_ids: [B.id, A.id],
            collection_id: collectionId,
            category_ids: [categoryId],
            country_code: "cn",
            customer_id: buyer.customer_id,
            canceled: false,
            returned_quantity: 0,
          })
        )
        expect(rows[1]).toEqual(expect.objectContaining({ collection_id: null, category_ids: [] }))
        // Σ net = Medusa's item subtotal − discounts (no discounts, no tax in this region).
        expect(money(sum(rows.map((r) => r.net_amount)))).toBe(money(dec(placed.item_subtotal).minus(dec(placed.discount_subtotal))))

        // The dealer moves afterwards: the facts keep the upline of the placement.
        await api.post(`/admin/distribution/dealers/${C.id}/move`, { parent_id: A.id, reason: "Reorganised" }, admin)
        await syncOrderSalesFactsWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect((await factsOf(order.id))[0].upline_dealer_ids).toEqual([B.id, A.id])
      })

      it("an unattributed guest order is in the facts too, without dealer or commission", async () => {
        const order = await placeOrder([{ variantId: store.variantId, quantity: 1 }], { guest: "guest@shop.test" })
        const rows = await factsWhen(order.id, (r) => r.length === 1)
        await expectFactsTieOut(order.id)
        expect(rows[0]).toEqual(
          expect.objectContaining({ dealer_id: null, dealer_tier_id: null, upline_dealer_ids: [], net_amount: "100.00", commission_amount: "0.00" })
        )
      })

      it("duplicate and concurrent events rewrite nothing", async () => {
        const order = await placeOrder([{ variantId: store.variantId, quantity: 2 }], { code: "NB201" })
        const before = await factsWhen(order.id, (r) => r[0]?.commission_amount === "30.00")
        const container = getContainer()
        const input = { input: { order_id: order.id } }
        await attributeOrderWorkflow(container).run(input)
        await accrueOrderCommissionWorkflow(container).run(input)
        await Promise.all([
          attributeOrderWorkflow(container).run(input),
          accrueOrderCommissionWorkflow(container).run(input),
          reverseOrderCommissionWorkflow(container).run(input),
          syncOrderSalesFactsWorkflow(container).run(input),
          syncOrderSalesFactsWorkflow(container).run(input),
        ])
        const after = await factsOf(order.id)
        expect(after).toEqual(before) // updated_at included: an unchanged row is not rewritten
        expect((await sql(`SELECT count(*)::int AS n FROM sales_fact WHERE order_id = ?`, [order.id]))[0].n).toBe(1)
      })
    })

    describe("returns, refunds and cancellations", () => {
      it("a partial return gives back its share of the line, net sales match what Medusa still counts as sold", async () => {
        const order = await placeOrder([{ variantId: store.variantId, quantity: 3 }, { variantId: cup.variantId, quantity: 1 }], { code: "NB201" })
        await factsWhen(order.id, (r) => r.length === 2 && r[0].commission_amount === "45.00")
        await fulfilOrder(api, admin, order.id)
        const tea = order.items.find((i: any) => i.variant_id === store.variantId)
        await returnItems(api, admin, order.id, [{ id: tea.id, quantity: 1 }])
        await utils.waitWorkflowExecutions()
        const rows = await factsWhen(order.id, (r) => r[0].returned_quantity === 1 && r[0].commission_amount === "30.00")
        const { order: now } = await expectFactsTieOut(order.id)
        expect(rows.map((r) => [r.quantity, r.returned_quantity, r.net_amount, r.refunded_amount, r.commission_amount])).toEqual([
          [3, 1, "300.00", "100.00", "30.00"],
          [1, 0, "30.00", "0.00", "4.50"],
        ])
        // Net sales = Medusa's item subtotal now (it counts only what was kept).
        expect(money(sum(rows.map((r) => dec(r.net_amount).minus(r.refunded_amount))))).toBe(money(dec(now.item_subtotal)))
      })

      it("a refund without a return is a price cut spread over the order", async () => {
        const order = await placeOrder([{ variantId: store.variantId, quantity: 2 }, { variantId: cup.variantId, quantity: 2 }], { code: "NB201" })
        await factsWhen(order.id, (r) => r.length === 2 && r[0].commission_amount === "30.00")
        await refundPayment(api, admin, order.id, 26) // 10 % of ¥260
        await utils.waitWorkflowExecutions()
        const rows = await factsWhen(order.id, (r) => r[0].refunded_amount !== "0.00")
        const { order: now } = await expectFactsTieOut(order.id)
        expect(rows.map((r) => [r.net_amount, r.refunded_amount, r.commission_amount])).toEqual([
          ["200.00", "20.00", "27.00"],
          ["60.00", "6.00", "8.10"],
        ])
        expect(money(sum(rows.map((r) => r.refunded_amount)))).toBe(money(dec(now.summary.refunded_total)))
      })

      it("a cancellation gives back every line and all commission", async () => {
        const order = await placeOrder([{ variantId: store.variantId, quantity: 1 }, { variantId: cup.variantId, quantity: 1 }], { code: "NB201" })
        await factsWhen(order.id, (r) => r.length === 2 && r[0].commission_amount === "15.00")
        await cancelOrder(api, admin, order.id)
        await utils.waitWorkflowExecutions()
        const rows = await factsWhen(order.id, (r) => r.every((x) => x.canceled && x.commission_amount === "0.00"))
        await expectFactsTieOut(order.id)
        expect(rows.map((r) => [r.canceled, r.net_amount, r.refunded_amount, r.commission_amount])).toEqual([
          [true, "100.00", "100.00", "0.00"],
          [true, "30.00", "30.00", "0.00"],
        ])
      })

      it("events out of order (cancel before the accrual) end on the same facts", async () => {
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
        await reverseOrderCommissionWorkflow(container).run({ input: { order_id: order.id } })
        const canceledFirst = await factsOf(order.id)
        expect(canceledFirst.map((r) => [r.canceled, r.refunded_amount, r.commission_amount, r.dealer_id])).toEqual([[true, "200.00", "0.00", C.id]])

        await accrueOrderCommissionWorkflow(container).run({ input: { order_id: order.id } })
        await accrueOrderCommissionWorkflow(container).run({ input: { order_id: order.id } })
        const rows = await factsOf(order.id)
        expect(rows.map((r) => [r.canceled, r.net_amount, r.refunded_amount, r.commission_amount])).toEqual([[true, "200.00", "200.00", "0.00"]])
        expect((await ledgerOf(order.id)).count).toBe(4) // two accruals, two reversals
        await expectFactsTieOut(order.id)
      })
    })

    describe("reports", () => {
      const get = async (path: string) => (await api.get(`/admin/distribution/reports/${path}`, admin)).data
      const failed = (path: string) =>
        api.get(`/admin/distribution/reports/${path}`, admin).then(
          (res) => {
            throw new Error(`expected a failure, got ${res.status}`)
          },
          (err) => err.response
        )
      const figures = (r: any) => [r.orders, r.quantity, r.net_sales, r.refunded, r.commission]

      it("sales and commission reports tie out to Medusa's orders and to the ledger, in every grouping", async () => {
        // C sells tea ×3 + cup ×2 and one tea comes back; a guest buys tea; B sells a cup; C's fourth order is canceled.
        const o1 = await placeOrder([{ variantId: store.variantId, quantity: 3 }, { variantId: cup.variantId, quantity: 2 }], { code: "NB201" })
        const o2 = await placeOrder([{ variantId: store.variantId, quantity: 1 }], { guest: "guest@shop.test" })
        const o3 = await placeOrder([{ variantId: cup.variantId, quantity: 1 }], { code: "NB101", guest: "walkin@shop.test" })
        const o4 = await placeOrder([{ variantId: store.variantId, quantity: 1 }], { code: "NB201" })
        await fulfilOrder(api, admin, o1.id)
        const tea = o1.items.find((i: any) => i.variant_id === store.variantId)
        await returnItems(api, admin, o1.id, [{ id: tea.id, quantity: 1 }])
        await cancelOrder(api, admin, o4.id)
        await utils.waitWorkflowExecutions()
        await factsWhen(o1.id, (r) => r[0]?.returned_quantity === 1 && r[0].commission_amount === "30.00")
        await factsWhen(o4.id, (r) => r[0]?.canceled && r[0].commission_amount === "0.00")
        await api.post(
          "/admin/distribution/commission/adjustments",
          { dealer_id: C.id, amount: "5.00", currency_code: "cny", reason: "Launch bonus" },
          admin
        )

        // The store sells in CNY only (its one region): the currency may be left out.
        const month = await get("sales?group_by=month&period=this_month")
        expect(month.currency_code).toBe("cny")
        expect(month.totals).toEqual({ orders: 3, quantity: 6, net_sales: "390.00", refunded: "200.00", commission: "43.50" })
        expect(month.rows).toHaveLength(1)
        expect(figures(month.rows[0])).toEqual(figures(month.totals))

        // Totals = Medusa's orders: net sales = the item subtotals of the orders not canceled
        // (Medusa counts only what was kept), orders = those orders.
        const medusa = await Promise.all([o1, o2, o3, o4].map((o) => medusaOrder(o.id)))
        const live = medusa.filter((o) => o.status !== "canceled")
        expect(live).toHaveLength(month.totals.orders)
        expect(money(sum(live.map((o) => dec(o.item_subtotal))))).toBe(month.totals.net_sales)
        // … and to the ledger: the accruals and reversals of these orders (adjustments are not sales).
        const entries = (await api.get("/admin/distribution/commission/entries?limit=100", admin)).data.entries
        expect(money(sum(entries.filter((e: any) => e.kind !== "adjustment").map((e: any) => e.amount)))).toBe(month.totals.commission)

        const days = await get("sales?group_by=day&period=this_month&limit=31")
        expect(days.count).toBe(days.rows.length)
        expect(days.rows.filter((r: any) => r.orders > 0)).toHaveLength(1)
        expect(money(sum(days.rows.map((r: any) => r.net_sales)))).toBe("390.00")
        expect(days.rows[0].key).toMatch(/^\d{4}-\d{2}-01$/)

        const dealers = await get("sales?group_by=dealer&period=last_30_days&currency_code=CNY")
        expect(dealers.rows.map((r: any) => [r.key, r.label, ...figures(r)])).toEqual([
          [C.id, "NB201 Dealer NB201", 1, 4, "260.00", "200.00", "39.00"],
          [null, "No dealer", 1, 1, "100.00", "0.00", "0.00"],
          [B.id, "NB101 Dealer NB101", 1, 1, "30.00", "0.00", "4.50"],
        ])
        expect(dealers.count).toBe(3)
        expect(dealers.totals).toEqual(month.totals)
        const paged = await get("sales?group_by=dealer&period=last_30_days&limit=1&offset=1")
        expect(paged.rows.map((r: any) => r.key)).toEqual([null])
        expect(paged.count).toBe(3)

        const tiersReport = await get("sales?group_by=tier&period=this_month")
        expect(tiersReport.rows.map((r: any) => [r.key, r.net_sales])).toEqual([
          [tiers.T3.id, "260.00"],
          [null, "100.00"],
          [tiers.T2.id, "30.00"],
        ])
        expect(tiersReport.rows[0].label).toBe("T3 T3 / T3")

        const products = await get("sales?group_by=product&period=this_month")
        expect(products.rows.map((r: any) => [r.key, r.label, r.quantity, r.net_sales])).toEqual([
          [store.product.id, "Green tea 250g", 3, "300.00"],
          [cup.productId, "Tea cup", 3, "90.00"],
        ])
        const categories = await get("sales?group_by=category&period=this_month")
        expect(categories.rows.map((r: any) => [r.key, r.label, r.net_sales])).toEqual([
          [categoryId, "Tea", "300.00"],
          [null, "Uncategorised", "90.00"],
        ])
        const regions = await get("sales?group_by=region&period=this_month")
        expect(regions.rows.map((r: any) => [r.key, r.label, r.net_sales])).toEqual([[store.region.id, "China", "390.00"]])

        // Filters.
        expect((await get(`sales?group_by=month&dealer_id=${C.id}`)).totals).toEqual(
          { orders: 1, quantity: 4, net_sales: "260.00", refunded: "200.00", commission: "39.00" }
        )
        expect((await get(`sales?group_by=month&tier_id=${tiers.T2.id}`)).totals.net_sales).toBe("30.00")
        expect((await get(`sales?group_by=month&region_id=${store.region.id}`)).totals.net_sales).toBe("390.00")
        expect((await get("sales?group_by=month&currency_code=usd")).totals.net_sales).toBe("0.00")
        const lastYear = await get("sales?group_by=month&period=2025")
        expect(lastYear.rows).toHaveLength(12)
        expect(lastYear.totals.orders).toBe(0)

        // Commission from the ledger: per dealer, net = accrued + reversed + adjusted = the dealer's balance.
        const commission = await get("commission?group_by=dealer&period=this_month")
        expect(commission.rows.map((r: any) => [r.key, r.accrued, r.reversed, r.adjusted, r.net, r.paid_out])).toEqual([
          [C.id, "46.00", "-20.00", "5.00", "31.00", "0.00"],
          [B.id, "26.00", "-10.00", "0.00", "16.00", "0.00"],
          [A.id, "1.50", "0.00", "0.00", "1.50", "0.00"],
        ])
        for (const row of commission.rows) {
          const [balance] = (await api.get(`/admin/distribution/dealers/${row.key}/balance`, admin)).data.balances
          expect(row.net).toBe(money(balance.total))
        }
        const ledger = (await api.get("/admin/distribution/commission/entries?currency_code=cny&limit=1", admin)).data
        expect(commission.totals).toEqual({ accrued: "73.50", reversed: "-30.00", adjusted: "5.00", paid_out: "0.00", net: "48.50", entries: ledger.count })
        expect(commission.totals.net).toBe(money(ledger.totals[0].amount))
        const byMonth = await get("commission?group_by=month&period=this_month")
        expect(byMonth.rows).toHaveLength(1)
        expect(byMonth.rows[0].net).toBe("48.50")
        expect((await get(`commission?dealer_id=${B.id}`)).totals.net).toBe("16.00")

        // Downloads.
        const csv = await api.get("/admin/distribution/reports/sales?group_by=dealer&format=csv", admin)
        expect(csv.headers["content-type"]).toContain("text/csv")
        expect(csv.headers["content-disposition"]).toMatch(/sales-by-dealer-\d{4}-\d{2}\.csv/)
        expect(csv.data).toContain("Net sales 净销售额")
        expect(csv.data).toContain("NB201 Dealer NB201,1,4,260.00,200.00,39.00")
        expect(csv.data).toContain("Total 合计,,3,6,390.00,200.00,43.50")
        // A download holds every row of the report, whatever page the screen asked for.
        const rowsOf = (data: string) =>
          data.split("\r\n").slice(data.split("\r\n").findIndex((l) => l.startsWith("Key 键")) + 1).filter((l) => l && !l.startsWith("Total 合计"))
        const onePage = await api.get("/admin/distribution/reports/sales?group_by=dealer&period=last_30_days&format=csv&limit=1&offset=1", admin)
        expect(rowsOf(onePage.data)).toEqual([
          `${C.id},NB201 Dealer NB201,1,4,260.00,200.00,39.00`,
          ",No dealer,1,1,100.00,0.00,0.00",
          `${B.id},NB101 Dealer NB101,1,1,30.00,0.00,4.50`,
        ])
        const commissionCsv = await api.get("/admin/distribution/reports/commission?group_by=dealer&period=this_month&format=csv&limit=1", admin)
        expect(rowsOf(commissionCsv.data)).toHaveLength(3)
        const daysCsv = await api.get("/admin/distribution/reports/sales?group_by=day&period=this_month&format=csv&limit=1", admin)
        expect(rowsOf(daysCsv.data)).toHaveLength(days.count)
        const xlsx = await api.get("/admin/distribution/reports/commission?format=xlsx", { ...admin, responseType: "arraybuffer" })
        expect(xlsx.headers["content-type"]).toContain("spreadsheetml")
        expect(Buffer.from(xlsx.data).subarray(0, 2).toString()).toBe("PK")
      })

      it("refuses what it cannot read, with a 400 that says why", async () => {
        for (const [path, message] of [
          ["sales?period=2026-13", "period"],
          ["sales?group_by=colour", "group_by"],
          ["sales?from=2026-11-01", "go together"],
          ["sales?period=2026-11&from=2026-11-01&to=2026-11-02", "either period or from/to"],
          ["sales?from=2026-11-02&to=2026-11-01", "not be after"],
          ["sales?group_by=day&period=2026&limit=5000", "limit"],
          ["sales?currency_code=yuan", "currency"],
          ["sales?color=red", "color"],
          ["commission?group_by=product", "group_by"],
        ] as const) {
          const res = await failed(path)
          expect(res.status).toBe(400)
          expect(res.data.message.toLowerCase()).toContain(message.toLowerCase())
        }
      })
    })

    describe("backfill", () => {
      it("rebuilds the same rows from orders placed before, in keyset batches, and again changes nothing", async () => {
        const a = await placeOrder([{ variantId: store.variantId, quantity: 2 }, { variantId: cup.variantId, quantity: 1 }], { code: "NB201" })
        const b = await placeOrder([{ variantId: cup.variantId, quantity: 3 }], { guest: "guest@shop.test" })
        const c = await placeOrder([{ variantId: store.variantId, quantity: 1 }], { code: "NB101" })
        await cancelOrder(api, admin, c.id)
        await utils.waitWorkflowExecutions()
        await factsWhen(c.id, (r) => r[0]?.canceled === true)
        const live = await allFacts()
        expect(live).toHaveLength(4)

        await sql(`TRUNCATE sales_fact`)
        const lines: string[] = []
        const first = await backfillSalesFacts(getContainer(), { batch_size: 2, log: (l) => lines.push(l) })
        expect(first).toEqual(expect.objectContaining({ orders: 3, rows: 4, written: 4, deleted: 0, batches: 2 }))
        expect(lines[0]).toMatch(/batch 1: 2 order\(s\), 3 row\(s\), 3 written .* resume with after=\S+Z,order_/)
        expect(await allFacts()).toEqual(live)

        const again = await backfillSalesFacts(getContainer(), { batch_size: 2 })
        expect(again).toEqual(expect.objectContaining({ orders: 3, rows: 4, written: 0 }))
        // Resuming after the first order only does the rest.
        const resumed = await backfillSalesFacts(getContainer(), { after: { created_at: first.cursor!.created_at, id: first.cursor!.id } })
        expect(resumed.orders).toBe(0)
        expect([a.id, b.id, c.id].every((id) => live.some((r) => r.order_id === id))).toBe(true)
      })
    })
  },
})
