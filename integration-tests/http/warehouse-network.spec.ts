import { distributionTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import { addShippingMethod, fulfilOrder, placeOrder, setUpFulfilment } from "../helpers/order-lifecycle"
import { receiveRestockFulfilmentWorkflow } from "../../src/workflows/warehouse/workflows/receive-restock-fulfilment"
import { routePlacedOrderStockWorkflow } from "../../src/workflows/warehouse/workflows/route-placed-order-stock"

jest.setTimeout(240 * 1000)

/**
 * Dealer warehouses across the network: dealers' own stock locations
 * (create, link, unlink, never another dealer's), a dealer's view of its own
 * stock, orders shipped from the attributed dealer's stock, and a restock
 * order (进货) from a dealer's upline, end to end.
 */
// medusa-config.ts reads this when the runner loads it; removed again when this file is done.
process.env.DISTRIBUTION_OPTIONS = JSON.stringify({ fulfil_from_dealer_stock: true })
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

/** Polls until `check` returns something truthy (subscribers run after the request returns). */
async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>): Promise<T> {
  let last: unknown
  for (let i = 0; i < 60; i++) {
    try {
      const value = await check()
      if (value) {
        return value
      }
    } catch (e) {
      last = e
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ""}`)
}

const address = (city: string) => ({ address_1: `1 ${city} Rd`, city, country_code: "CN" })

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let producerLocationId: string
    let shippingOptionId: string
    let variantId: string
    let itemId: string
    let A: any // upline, tier 1
    let B: any // A's downline, tier 2
    let aHeaders: Record<string, string>
    let bHeaders: Record<string, string>
    let aLocation: any

    const level = async (locationId: string) => {
      const { data } = await api.get(
        `/admin/inventory-items/${itemId}/location-levels?location_id[]=${locationId}`,
        admin
      )
      const found = data.inventory_levels.find((l: any) => l.location_id === locationId)
      return found ? { stocked: Number(found.stocked_quantity), reserved: Number(found.reserved_quantity) } : null
    }
    const setLevel = async (locationId: string, stocked_quantity: number) =>
      api.post(`/admin/inventory-items/${itemId}/location-levels`, { location_id: locationId, stocked_quantity }, admin)
    const stockSource = async (orderId: string) =>
      (await api.get(`/admin/distribution/orders/${orderId}/stock-source`, admin)).data

    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin, 50)
      const fulfilment = await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      producerLocationId = fulfilment.locationId
      shippingOptionId = fulfilment.shippingOptionId
      // A product whose stock Medusa manages (the storefront's own one has none).
      const product = (
        await api.post(
          "/admin/products",
          {
            title: "Oolong 500g",
            status: "published",
            options: [{ title: "Size", values: ["500g"] }],
            variants: [
              { title: "500g", sku: "OOLONG-500", options: { Size: "500g" }, manage_inventory: true, prices: [{ amount: 80, currency_code: "cny" }] },
            ],
            sales_channels: [{ id: store.channel.id }],
            shipping_profile_id: fulfilment.shippingProfileId,
          },
          admin
        )
      ).data.product
      variantId = product.variants[0].id
      itemId = (await api.get(`/admin/inventory-items?sku=OOLONG-500`, admin)).data.inventory_items[0].id
      await setLevel(producerLocationId, 100)

      const tier1 = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "Tier 1", name_zh: "一级" }, admin)).data.tier
      const tier2 = (await api.post("/admin/distribution/tiers", { code: "T2", rank: 2, name_en: "Tier 2", name_zh: "二级" }, admin)).data.tier
      const aAccount = await registerCustomer(api, store.publishableKey, "a@dealers.test")
      const bAccount = await registerCustomer(api, store.publishableKey, "b@dealers.test")
      aHeaders = aAccount.config.headers
      bHeaders = bAccount.config.headers
      A = (await api.post("/admin/distribution/dealers", { customer_id: aAccount.customer_id, tier_id: tier1.id, display_name: "A", code: "HZA001" }, admin)).data.dealer
      B = (await api.post("/admin/distribution/dealers", { customer_id: bAccount.customer_id, tier_id: tier2.id, display_name: "B", code: "NBB001", parent_id: A.id }, admin)).data.dealer
      await api.post(
        "/admin/distribution/commission/plan",
        { rules: [{ name: "Everything", scope_type: "all", level: 1, type: "percentage", rate: "0.10" }] },
        admin
      )
      aLocation = (await api.post(`/admin/distribution/dealers/${A.id}/locations`, { name: "A warehouse", address: address("Hangzhou") }, admin)).data.location
      await setLevel(aLocation.id, 10)
      await dbUtils.snapshot()
    })

    describe("dealer locations", () => {
      it("creates, links, refuses another dealer's location, unlinks", async () => {
        expect(aLocation).toEqual(
          expect.objectContaining({ name: "A warehouse", address: expect.objectContaining({ city: "Hangzhou", country_code: "cn" }) })
        )
        // Not in any sales channel: Medusa's checkout must not reserve orders there by itself.
        const { data: sl } = await api.get(`/admin/stock-locations/${aLocation.id}?fields=id,*sales_channels`, admin)
        expect(sl.stock_location.sales_channels).toEqual([])

        const listA = (await api.get(`/admin/distribution/dealers/${A.id}/locations`, admin)).data.locations
        expect(listA).toEqual([
          expect.objectContaining({
            id: aLocation.id,
            stock: { items: 1, stocked_quantity: 10, reserved_quantity: 0, available_quantity: 10 },
          }),
        ])

        const plain = (await api.post("/admin/stock-locations", { name: "Spare", address: address("Ningbo") }, admin)).data.stock_location
        await api.post(`/admin/distribution/dealers/${B.id}/locations/link`, { location_id: plain.id }, admin)
        // Linking again to its owner is a no-op.
        await api.post(`/admin/distribution/dealers/${B.id}/locations/link`, { location_id: plain.id }, admin)
        expect((await api.get(`/admin/distribution/dealers/${B.id}/locations`, admin)).data.locations.map((l: any) => l.id)).toEqual([plain.id])

        const refused = await failed(api.post(`/admin/distribution/dealers/${A.id}/locations/link`, { location_id: plain.id }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain(`already belongs to dealer ${B.code}`)
        expect((await failed(api.post(`/admin/distribution/dealers/${A.id}/locations/link`, { location_id: "sloc_nope" }, admin))).status).toBe(404)
        expect((await failed(api.delete(`/admin/distribution/dealers/${A.id}/locations/${plain.id}`, admin))).status).toBe(404)
        expect((await failed(api.post(`/admin/distribution/dealers/${A.id}/locations`, { name: "", address: address("X") }, admin))).status).toBe(400)

        await api.delete(`/admin/distribution/dealers/${B.id}/locations/${plain.id}`, admin)
        expect((await api.get(`/admin/distribution/dealers/${B.id}/locations`, admin)).data.locations).toEqual([])
        // The location itself stays in Medusa, free to link to A now.
        await api.post(`/admin/distribution/dealers/${A.id}/locations/link`, { location_id: plain.id }, admin)
        expect((await api.get(`/admin/distribution/dealers/${A.id}/locations`, admin)).data.locations.map((l: any) => l.id).sort()).toEqual(
          [aLocation.id, plain.id].sort()
        )
      })

      it("a dealer sees the stock of its own locations only", async () => {
        const mine = (await api.get("/store/distribution/me/stock", { headers: aHeaders })).data
        expect(mine.locations.map((l: any) => l.id)).toEqual([aLocation.id])
        expect(mine.items).toEqual([
          expect.objectContaining({ location_id: aLocation.id, inventory_item_id: itemId, sku: "OOLONG-500", stocked_quantity: 10, available_quantity: 10 }),
        ])
        expect(mine.count).toBe(1)
        expect((await api.get(`/store/distribution/me/stock?location_id=${aLocation.id}&q=oolong`, { headers: aHeaders })).data.count).toBe(1)
        expect((await api.get(`/store/distribution/me/stock?q=nothing-like-it`, { headers: aHeaders })).data.count).toBe(0)

        const theirs = await failed(api.get(`/store/distribution/me/stock?location_id=${aLocation.id}`, { headers: bHeaders }))
        expect(theirs.status).toBe(404)
        expect((await failed(api.get(`/store/distribution/me/stock?location_id=${producerLocationId}`, { headers: bHeaders }))).status).toBe(404)
        expect((await api.get("/store/distribution/me/stock", { headers: bHeaders })).data).toEqual(
          expect.objectContaining({ locations: [], items: [], count: 0 })
        )
        expect((await failed(api.get("/store/distribution/me/stock", { headers: store.pk }))).status).toBe(401)
        expect((await failed(api.get("/store/distribution/me/restock-orders", { headers: store.pk }))).status).toBe(401)
      })
    })

    describe("fulfil_from_dealer_stock", () => {
      it("moves an attributed order's reservation to the dealer's location when it has the stock, and ships from there", async () => {
        const orderId = await placeOrder(api, store, { variantId, quantity: 2, referralCode: "HZA001", utils, shippingOptionId })
        const source = await eventually("the reservation to move", async () => {
          const s = await stockSource(orderId)
          return s.ships_from ? s : null
        })
        expect(source.ships_from).toEqual({
          location: { id: aLocation.id, name: "A warehouse" },
          dealer: { id: A.id, code: "HZA001", name: "A" },
          quantity: 2,
        })
        expect(await level(aLocation.id)).toEqual({ stocked: 10, reserved: 2 })
        expect(await level(producerLocationId)).toEqual({ stocked: 100, reserved: 0 })
        // Routing again (a repeated order.placed) moves nothing.
        await Promise.all([1, 2].map(() => routePlacedOrderStockWorkflow(getContainer()).run({ input: { order_id: orderId } })))
        expect(await level(aLocation.id)).toEqual({ stocked: 10, reserved: 2 })
        expect(await level(producerLocationId)).toEqual({ stocked: 100, reserved: 0 })

        await fulfilOrder(api, admin, orderId, source.unfulfilled_items.map((i: any) => ({ id: i.id, quantity: i.quantity })), {
          locationId: aLocation.id,
        })
        expect(await level(aLocation.id)).toEqual({ stocked: 8, reserved: 0 })
        expect(await level(producerLocationId)).toEqual({ stocked: 100, reserved: 0 })
      })

      it("leaves the order where Medusa reserved it when the dealer cannot ship all of it", async () => {
        const orderId = await placeOrder(api, store, { variantId, quantity: 11, referralCode: "HZA001", utils, shippingOptionId })
        await eventually("commission of the order", async () => (await api.get(`/admin/distribution/commission/orders/${orderId}`, admin)).data.order_commission)
        const source = await stockSource(orderId)
        expect(source.ships_from).toBeNull()
        expect(source.locations).toEqual([expect.objectContaining({ location: expect.objectContaining({ id: producerLocationId }), dealer: null, quantity: 11 })])
        expect(await level(aLocation.id)).toEqual({ stocked: 10, reserved: 0 })

        // An order nobody brought stays too.
        const plainId = await placeOrder(api, store, { variantId, quantity: 1, utils, shippingOptionId })
        await utils.waitWorkflowExecutions()
        expect((await stockSource(plainId)).ships_from).toBeNull()
      })
    })

    describe("restock orders", () => {
      let bLocation: any

      async function checkout(headers: Record<string, string>, cartId: string) {
        await addShippingMethod(api, headers, cartId, shippingOptionId)
        const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, { headers })).data.payment_collection
        await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
        expect(data.type).toBe("order")
        await utils.waitWorkflowExecutions()
        return data.order.id as string
      }

      async function restockOrderOf(orderId: string) {
        return await eventually("the restock order", async () => {
          const { data } = await api.get("/store/distribution/me/restock-orders", { headers: bHeaders })
          return data.restock_orders.find((r: any) => r.order_id === orderId)
        })
      }

      beforeEach(async () => {
        bLocation = (await api.post(`/admin/distribution/dealers/${B.id}/locations`, { name: "B warehouse", address: address("Ningbo") }, admin)).data.location
      })

      it("ships from the upline's stock and arrives in the dealer's location, once", async () => {
        expect((await failed(api.post("/store/distribution/me/restock-orders", { lines: [{ variant_id: variantId, quantity: 3 }], location_id: aLocation.id }, { headers: bHeaders }))).status).toBe(404)

        const { data } = await api.post("/store/distribution/me/restock-orders", { lines: [{ variant_id: variantId, quantity: 3 }] }, { headers: bHeaders })
        expect(data.cart.metadata).toEqual({ distribution_restock: true, distribution_restock_location_id: bLocation.id })
        expect(data.cart.shipping_address).toEqual(expect.objectContaining({ city: "Ningbo", country_code: "cn" }))
        expect(data.cart.items).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 3 })])

        const orderId = await checkout(bHeaders, data.cart.id)
        const restock = await restockOrderOf(orderId)
        expect(restock).toEqual(
          expect.objectContaining({
            status: "placed",
            source: expect.objectContaining({ location_id: aLocation.id, dealer_id: A.id }),
            target_location_id: bLocation.id,
            transfers: [],
          })
        )
        const source = await stockSource(orderId)
        expect(source.ships_from.location.id).toBe(aLocation.id)
        expect(await level(aLocation.id)).toEqual({ stocked: 10, reserved: 3 })
        expect(await level(bLocation.id)).toBeNull()

        // The buyer is the dealer itself: no one earns on it (dealer_purchases_attribute_to "self").
        await utils.waitWorkflowExecutions()
        expect((await api.get(`/admin/distribution/commission/orders/${orderId}`, admin)).data.order_commission).toBeNull()

        // Shipped in two parts: the first makes it partially received.
        const line = source.unfulfilled_items[0]
        const first = await fulfilOrder(api, admin, orderId, [{ id: line.id, quantity: 1 }], { locationId: aLocation.id })
        const partial = await eventually("the first part to be received", async () => {
          const r = await restockOrderOf(orderId)
          return r.status === "partially_received" ? r : null
        })
        expect(partial.transfers).toHaveLength(1)
        expect(await level(bLocation.id)).toEqual({ stocked: 1, reserved: 0 })

        const { fulfillmentId } = await fulfilOrder(api, admin, orderId, [{ id: line.id, quantity: 2 }], { locationId: aLocation.id })
        const received = await eventually("the restock to be received", async () => {
          const r = await restockOrderOf(orderId)
          return r.status === "received" ? r : null
        })
        expect(received.transfers).toEqual([
          expect.objectContaining({ fulfillment_id: first.fulfillmentId, total_quantity: 1, received_quantity: 1 }),
          expect.objectContaining({
            kind: "restock",
            status: "received",
            from_location: { id: aLocation.id, name: "A warehouse" },
            to_location: { id: bLocation.id, name: "B warehouse" },
            order_id: orderId,
            fulfillment_id: fulfillmentId,
            lines: [expect.objectContaining({ inventory_item_id: itemId, quantity: 2, received_quantity: 2 })],
          }),
        ])
        expect(await level(aLocation.id)).toEqual({ stocked: 7, reserved: 0 })
        expect(await level(bLocation.id)).toEqual({ stocked: 3, reserved: 0 })

        // A repeated event writes nothing twice.
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({ name: "order.fulfillment_created", data: { order_id: orderId, fulfillment_id: fulfillmentId } })
        await utils.waitWorkflowExecutions()
        await new Promise((r) => setTimeout(r, 500))
        await Promise.all(
          [first.fulfillmentId, fulfillmentId, fulfillmentId].map((id) =>
            receiveRestockFulfilmentWorkflow(getContainer()).run({ input: { fulfillment_id: id } })
          )
        )
        expect(await level(bLocation.id)).toEqual({ stocked: 3, reserved: 0 })
        expect((await restockOrderOf(orderId)).transfers).toHaveLength(2)

        // The dealer sees the arrival in its stock and transfers.
        expect((await api.get("/store/distribution/me/stock", { headers: bHeaders })).data.items).toEqual([
          expect.objectContaining({ location_id: bLocation.id, stocked_quantity: 3 }),
        ])
        const transfers = (await api.get("/store/distribution/me/stock/transfers", { headers: bHeaders })).data
        expect(transfers.count).toBe(2)
        expect(transfers.transfers.map((t: any) => t.received_quantity).sort()).toEqual([1, 2])

        // The order page widget's view.
        const after = await stockSource(orderId)
        expect(after.restock_order).toEqual(
          expect.objectContaining({ status: "received", dealer: expect.objectContaining({ id: B.id }), target_location: { id: bLocation.id, name: "B warehouse" } })
        )
        expect(after.unfulfilled_items).toEqual([])
      })

      it("falls back to the producer when the upline has not got all of it", async () => {
        const { data } = await api.post("/store/distribution/me/restock-orders", { lines: [{ variant_id: variantId, quantity: 12 }] }, { headers: bHeaders })
        const orderId = await checkout(bHeaders, data.cart.id)
        const restock = await restockOrderOf(orderId)
        expect(restock.source).toEqual({ location_id: producerLocationId, dealer_id: null, dealer: null })
        expect(await level(aLocation.id)).toEqual({ stocked: 10, reserved: 0 })
        expect(await level(producerLocationId)).toEqual({ stocked: 100, reserved: 12 })

        await fulfilOrder(api, admin, orderId)
        await eventually("the restock to be received", async () => (await restockOrderOf(orderId)).status === "received")
        expect(await level(producerLocationId)).toEqual({ stocked: 88, reserved: 0 })
        expect(await level(bLocation.id)).toEqual({ stocked: 12, reserved: 0 })
      })

      it("a dealer without a location cannot restock; a restock flag from a non-dealer is ignored", async () => {
        await api.delete(`/admin/distribution/dealers/${B.id}/locations/${bLocation.id}`, admin)
        const refused = await failed(api.post("/store/distribution/me/restock-orders", { lines: [{ variant_id: variantId, quantity: 1 }] }, { headers: bHeaders }))
        expect(refused.status).toBe(400)

        const shopper = await registerCustomer(api, store.publishableKey, "shopper@shop.test")
        const cart = (await api.post("/store/carts", { region_id: store.region.id, metadata: { distribution_restock: true } }, { headers: shopper.config.headers })).data.cart
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, { headers: shopper.config.headers })
        const orderId = await checkout(shopper.config.headers, cart.id)
        await utils.waitWorkflowExecutions()
        expect((await stockSource(orderId)).restock_order).toBeNull()
      })
    })
  },
})
