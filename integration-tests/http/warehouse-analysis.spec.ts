import { distributionTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { RequestConfig, registerCustomer, signInAdmin } from "../helpers/auth"
import { fulfilOrder, placeOrder, setUpFulfilment } from "../helpers/order-lifecycle"
import { setUpStorefront } from "../helpers/storefront"

jest.setTimeout(180 * 1000)

const BASE = "/admin/distribution/warehouse/analysis"
const DAY = 24 * 60 * 60 * 1000

/**
 * Inventory analysis over real Medusa data: a producer warehouse (the
 * sales channel's location, orders are reserved and fulfilled there) and a
 * dealer's warehouse (linked to the dealer), three inventory items, costs in
 * two currencies, fulfilled, pending, backdated and canceled fulfilments.
 *
 * Producer "Warehouse":   TEA-A 50 → 3 shipped now, 2 reserved (order not fulfilled)
 *                         TEA-B 20 → 4 shipped 45 days ago, 1 shipped then canceled
 *                                    (Medusa puts it back and reserves it again)
 * Dealer "Dealer West":   TEA-A 8, TEA-C 5 (no cost); nothing sold
 * Costs: TEA-A 12.5 CNY, TEA-B 3 USD, TEA-C none.
 */
distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils, utils }) => {
    let admin: RequestConfig
    let producerId: string
    let dealerLocationId: string
    let dealer: any
    const items: Record<string, string> = {}

    beforeAll(async () => {
      const container = getContainer()
      admin = await signInAdmin(api, container)
      const store = await setUpStorefront(api, admin)
      const fulfilment = await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      producerId = fulfilment.locationId

      const tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "T1", name_zh: "一级" }, admin)).data.tier
      const account = await registerCustomer(api, store.publishableKey, "west@dealers.test")
      dealer = (
        await api.post(
          "/admin/distribution/dealers",
          { customer_id: account.customer_id, tier_id: tier.id, display_name: "West Lake Tea", code: "HZ001" },
          admin
        )
      ).data.dealer
      dealerLocationId = (
        await api.post(
          "/admin/stock-locations",
          { name: "Dealer West", address: { address_1: "2 West Rd", city: "Hangzhou", country_code: "cn" } },
          admin
        )
      ).data.stock_location.id
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        distribution: { dealer_id: dealer.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: dealerLocationId },
      })

      const variants: Record<string, string> = {}
      for (const sku of ["TEA-A", "TEA-B", "TEA-C"]) {
        const product = (
          await api.post(
            "/admin/products",
            {
              title: `Tea ${sku}`,
              status: "published",
              options: [{ title: "Size", values: ["250g"] }],
              variants: [
                {
                  title: `Tea ${sku} 250g`,
                  sku,
                  options: { Size: "250g" },
                  manage_inventory: true,
                  prices: [{ amount: 100, currency_code: "cny" }],
                },
              ],
              sales_channels: [{ id: store.channel.id }],
              shipping_profile_id: fulfilment.shippingProfileId,
            },
            admin
          )
        ).data.product
        variants[sku] = product.variants[0].id
        const { inventory_items } = (await api.get(`/admin/inventory-items?sku=${sku}`, admin)).data
        items[sku] = inventory_items[0].id
      }
      const level = (sku: string, location_id: string, stocked_quantity: number) =>
        api.post(`/admin/inventory-items/${items[sku]}/location-levels`, { location_id, stocked_quantity }, admin)
      await level("TEA-A", producerId, 50)
      await level("TEA-B", producerId, 20)
      await level("TEA-A", dealerLocationId, 8)
      await level("TEA-C", dealerLocationId, 5)

      const warehouse = container.resolve("warehouse") as any
      await warehouse.createItemCosts([
        { inventory_item_id: items["TEA-A"], currency_code: "cny", unit_cost: "12.5" },
        { inventory_item_id: items["TEA-B"], currency_code: "usd", unit_cost: "3" },
      ])

      const order = async (sku: string, quantity: number) =>
        placeOrder(api, store, { variantId: variants[sku], quantity, shippingOptionId: fulfilment.shippingOptionId, utils })
      // TEA-A: 3 shipped now; 2 more ordered, still reserved.
      await fulfilOrder(api, admin, await order("TEA-A", 3))
      await order("TEA-A", 2)
      // TEA-B: 4 shipped, dated 45 days ago; 1 shipped and canceled (not a sale).
      const old = await fulfilOrder(api, admin, await order("TEA-B", 4))
      const canceledOrder = await order("TEA-B", 1)
      const canceled = await fulfilOrder(api, admin, canceledOrder)
      await api.post(`/admin/orders/${canceledOrder}/fulfillments/${canceled.fulfillmentId}/cancel`, {}, admin)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      await pg.raw("UPDATE fulfillment SET created_at = ? WHERE id = ?", [new Date(Date.now() - 45 * DAY), old.fulfillmentId])
      await utils.waitWorkflowExecutions()
      await dbUtils.snapshot()
    })

    const get = async (path: string) => (await api.get(`${BASE}${path}`, admin)).data
    const csv = async (path: string): Promise<string[][]> => {
      const res = await api.get(`${BASE}${path}`, { ...admin, responseType: "text" })
      expect(res.headers["content-type"]).toContain("text/csv")
      expect(res.headers["content-disposition"]).toMatch(/attachment; filename="inventory-.*\.csv"/)
      return parse(String(res.data).replace(/^\uFEFF/, ""), { relax_column_count: true })
    }
    const stockRows = async (qs = "") => (await get(`/stock?limit=100${qs}`)).rows as any[]
    const rowOf = (rows: any[], sku: string, locationId: string) =>
      rows.find((r) => r.sku === sku && r.location.id === locationId)

    it("summarises on hand, reserved, available, value per currency, sales, turnover and slow movers per location", async () => {
      const summary = await get("/summary")
      expect(summary.period_days).toBe(30)
      expect(summary.slow_mover_days).toBe(60)
      const [dealerLoc, producer] = summary.locations // ordered by name: "Dealer West", "Warehouse"
      expect(producer).toEqual({
        location: { id: producerId, name: "Warehouse" },
        dealer: null,
        items: 2,
        on_hand: 63,
        reserved: 3,
        available: 60,
        value: null,
        currency_code: null,
        values: [
          { currency_code: "cny", value: "587.50" },
          { currency_code: "usd", value: "48.00" },
        ],
        uncosted_on_hand: 0,
        sold: 3,
        sold_30d: 3,
        turnover: 0.05, // 3 / 63
        days_of_cover: 600, // 60 × 30 / 3
        slow_movers: 0,
      })
      expect(dealerLoc).toEqual({
        location: { id: dealerLocationId, name: "Dealer West" },
        dealer: { id: dealer.id, code: "HZ001", name: "West Lake Tea" },
        items: 2,
        on_hand: 13,
        reserved: 0,
        available: 13,
        value: "100.00",
        currency_code: "cny",
        values: [{ currency_code: "cny", value: "100.00" }],
        uncosted_on_hand: 5,
        sold: 0,
        sold_30d: 0,
        turnover: 0,
        days_of_cover: null,
        slow_movers: 2,
      })
      expect(summary.totals).toEqual({
        locations: 2,
        items: 4,
        on_hand: 76,
        reserved: 3,
        available: 73,
        value: null,
        currency_code: null,
        values: [
          { currency_code: "cny", value: "687.50" },
          { currency_code: "usd", value: "48.00" },
        ],
        uncosted_on_hand: 5,
        sold: 3,
        sold_30d: 3,
        turnover: 0.04, // 3 / 76
        days_of_cover: 730, // 73 × 30 / 3
        slow_movers: 2,
      })

      // A 60-day period takes in TEA-B's 4 shipped 45 days ago.
      const sixty = await get("/summary?period_days=60")
      expect(sixty.locations[1]).toEqual(expect.objectContaining({ sold: 7, sold_30d: 3, turnover: 0.11 }))
      expect(sixty.totals.sold).toBe(7)
    })

    it("lists stock per location and item with cost, value, sales, cover, turnover and the slow-mover flag", async () => {
      const page = await get("/stock?limit=100")
      expect(page).toEqual(expect.objectContaining({ count: 4, limit: 100, offset: 0, period_days: 30, slow_mover_days: 60 }))
      const rows = page.rows
      // Default order: location name, then SKU.
      expect(rows.map((r: any) => `${r.location.name}/${r.sku}`)).toEqual([
        "Dealer West/TEA-A",
        "Dealer West/TEA-C",
        "Warehouse/TEA-A",
        "Warehouse/TEA-B",
      ])
      const a = rowOf(rows, "TEA-A", producerId)
      expect(a).toEqual(
        expect.objectContaining({
          inventory_item_id: items["TEA-A"],
          title: "Tea TEA-A 250g",
          dealer: null,
          on_hand: 47,
          reserved: 2,
          available: 45,
          unit_cost: "12.50",
          currency_code: "cny",
          value: "587.50",
          sold_30d: 3,
          sold_period: 3,
          days_of_cover: 450, // 45 × 30 / 3
          turnover: 0.06, // 3 / 47
          slow_mover: false,
        })
      )
      expect(Date.now() - new Date(a.last_sold_at).getTime()).toBeLessThan(DAY)
      const b = rowOf(rows, "TEA-B", producerId)
      expect(b).toEqual(
        expect.objectContaining({
          on_hand: 16,
          reserved: 1,
          available: 15,
          unit_cost: "3.00",
          currency_code: "usd",
          value: "48.00",
          sold_30d: 0,
          sold_period: 0,
          days_of_cover: null,
          turnover: 0,
          slow_mover: false, // sold 45 days ago, within 60
        })
      )
      expect(Math.round((Date.now() - new Date(b.last_sold_at).getTime()) / DAY)).toBe(45)
      expect(rowOf(rows, "TEA-A", dealerLocationId)).toEqual(
        expect.objectContaining({
          dealer: { id: dealer.id, code: "HZ001", name: "West Lake Tea" },
          on_hand: 8,
          value: "100.00",
          sold_30d: 0,
          last_sold_at: null,
          slow_mover: true,
        })
      )
      expect(rowOf(rows, "TEA-C", dealerLocationId)).toEqual(
        expect.objectContaining({ on_hand: 5, unit_cost: null, currency_code: null, value: null, slow_mover: true })
      )

      const sixty = rowOf(await stockRows("&period_days=60"), "TEA-B", producerId)
      expect(sixty).toEqual(expect.objectContaining({ sold_30d: 0, sold_period: 4, turnover: 0.25 }))
    })

    it("filters by location, SKU/title and slow movers, orders and paginates", async () => {
      expect((await stockRows(`&location_id=${dealerLocationId}`)).map((r) => r.sku)).toEqual(["TEA-A", "TEA-C"])
      expect((await stockRows("&q=tea-b")).map((r) => `${r.location.name}/${r.sku}`)).toEqual(["Warehouse/TEA-B"])
      expect((await stockRows("&q=TEA-_")).length).toBe(0) // _ is literal
      expect((await stockRows("&slow_only=true")).map((r) => `${r.location.name}/${r.sku}`)).toEqual([
        "Dealer West/TEA-A",
        "Dealer West/TEA-C",
      ])
      expect((await stockRows(`&slow_only=true&location_id=${producerId}`)).length).toBe(0)
      expect((await stockRows("&order=-on_hand")).map((r) => r.on_hand)).toEqual([47, 16, 8, 5])
      expect((await stockRows("&order=-sold_30d")).map((r) => r.sold_30d)).toEqual([3, 0, 0, 0])
      expect((await stockRows("&order=days_of_cover"))[0].days_of_cover).toBe(450) // nulls last
      expect((await stockRows("&order=-value")).map((r) => r.value)).toEqual(["587.50", "100.00", "48.00", null])

      const first = await get("/stock?limit=3&offset=0")
      const second = await get("/stock?limit=3&offset=3")
      expect([first.count, first.rows.length, second.count, second.rows.length]).toEqual([4, 3, 4, 1])
      expect(second.rows[0].sku).toBe("TEA-B")
      const past = await get("/stock?limit=3&offset=10")
      expect([past.count, past.rows.length]).toEqual([4, 0])

      const refused = await api.get(`${BASE}/stock?order=price`, admin).catch((e: any) => e.response)
      expect(refused.status).toBe(400)
      const tooMany = await api.get(`${BASE}/stock?limit=101`, admin).catch((e: any) => e.response)
      expect(tooMany.status).toBe(400)
    })

    it("shows each item's stock across the network, split producer / dealers / per location", async () => {
      const page = await get("/network")
      expect(page).toEqual(expect.objectContaining({ count: 3, limit: 20, offset: 0 }))
      expect(page.rows).toEqual([
        {
          inventory_item_id: items["TEA-A"],
          sku: "TEA-A",
          title: "Tea TEA-A 250g",
          total_on_hand: 55,
          producer_on_hand: 47,
          dealer_on_hand: 8,
          total_available: 53,
          locations: [
            { id: producerId, name: "Warehouse", dealer_id: null, dealer: null, on_hand: 47, available: 45 },
            {
              id: dealerLocationId,
              name: "Dealer West",
              dealer_id: dealer.id,
              dealer: { id: dealer.id, code: "HZ001", name: "West Lake Tea" },
              on_hand: 8,
              available: 8,
            },
          ],
        },
        expect.objectContaining({ sku: "TEA-B", total_on_hand: 16, producer_on_hand: 16, dealer_on_hand: 0 }),
        expect.objectContaining({ sku: "TEA-C", total_on_hand: 5, producer_on_hand: 0, dealer_on_hand: 5 }),
      ])
      const filtered = await get("/network?q=tea-c")
      expect([filtered.count, filtered.rows.map((r: any) => r.sku)]).toEqual([1, ["TEA-C"]])
      const paged = await get("/network?limit=1&offset=1")
      expect([paged.count, paged.rows.map((r: any) => r.sku)]).toEqual([3, ["TEA-B"]])
    })

    it("exports each report as CSV", async () => {
      const summary = await csv("/summary?format=csv")
      expect(summary[0]).toEqual(["Period (days) 期间(天)", "30"])
      const header = summary.findIndex((r) => r[0] === "Location 仓库")
      expect(summary[header + 1]).toEqual([
        "Dealer West", dealerLocationId, "HZ001", "West Lake Tea", "2", "13", "0", "13", "100.00 CNY", "5", "0", "0", "0", "", "2",
      ])
      expect(summary[header + 2]).toEqual([
        "Warehouse", producerId, "", "", "2", "63", "3", "60", "587.50 CNY; 48.00 USD", "0", "3", "3", "0.05", "600", "0",
      ])
      expect(summary[header + 3]).toEqual([
        "Total 合计", "", "", "", "4", "76", "3", "73", "687.50 CNY; 48.00 USD", "5", "3", "3", "0.04", "730", "2",
      ])

      const stock = await csv("/stock?format=csv&limit=1") // the export ignores the page: every row
      expect(stock[0][0]).toBe("Location 仓库")
      expect(stock.length).toBe(5)
      const a = stock.find((r) => r[0] === "Warehouse" && r[3] === "TEA-A")!
      expect(a.slice(6)).toEqual(["47", "2", "45", "12.50", "587.50", "CNY", "3", "3", "450", "0.06", expect.any(String), "no"])
      const slow = await csv("/stock?format=csv&slow_only=true")
      expect(slow.slice(1).map((r) => `${r[0]}/${r[3]}/${r[17]}`)).toEqual(["Dealer West/TEA-A/yes", "Dealer West/TEA-C/yes"])

      const network = await csv("/network?format=csv")
      expect(network.length).toBe(4)
      expect(network[1]).toEqual([
        "TEA-A", "Tea TEA-A 250g", items["TEA-A"], "55", "47", "8", "53", "Warehouse: 47; Dealer West [HZ001]: 8",
      ])
    })
  },
})
