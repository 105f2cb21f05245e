import { distributionTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import { placeOrder, setUpFulfilment } from "../helpers/order-lifecycle"
import type WarehouseModuleService from "../../src/modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../src/types/module-names"

jest.setTimeout(240 * 1000)

const failed = (promise: Promise<any>) =>
  promise.then(
    (res) => {
      throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data)}`)
    },
    (err) => err.response
  )

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const BASE = "/admin/distribution/warehouse"
const SKU = "TEA-ALERT-500"

distributionTestRunner({
  testSuite: ({ api, getContainer, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let itemId: string
    let variantId: string
    let warehouseId: string
    let ningboId: string
    let emptyLocationId: string
    let shippingOptionId: string
    let shippingProfileId: string

    // One managed item: 10 in "Warehouse" (sells to the channel), 10 in "Ningbo DC"; "Empty" has none.
    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      const fulfilment = await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      warehouseId = fulfilment.locationId
      shippingOptionId = fulfilment.shippingOptionId
      shippingProfileId = fulfilment.shippingProfileId
      const oolong = await managedProduct("Oolong", "500g", SKU, 80)
      variantId = oolong.variantId
      itemId = oolong.itemId
      const location = async (name: string) =>
        (await api.post("/admin/stock-locations", { name, address: { address_1: "1 Rd", city: "Ningbo", country_code: "cn" } }, admin))
          .data.stock_location.id as string
      ningboId = await location("Ningbo DC")
      emptyLocationId = await location("Empty Depot")
      for (const location_id of [warehouseId, ningboId]) {
        await api.post(`/admin/inventory-items/${itemId}/location-levels`, { location_id, stocked_quantity: 10 }, admin)
      }
      await utils.waitWorkflowExecutions()
    })

    /** A published product of one size with managed inventory, sold in the store's channel: its variant and inventory item. */
    async function managedProduct(name: string, size: string, sku: string, amount: number) {
      const product = (
        await api.post(
          "/admin/products",
          {
            title: `${name} ${size}`,
            status: "published",
            shipping_profile_id: shippingProfileId,
            options: [{ title: "Size", values: [size] }],
            variants: [
              { title: size, sku, options: { Size: size }, manage_inventory: true, prices: [{ amount, currency_code: "cny" }] },
            ],
            sales_channels: [{ id: store.channel.id }],
          },
          admin
        )
      ).data.product
      const itemId = (await api.get(`/admin/inventory-items?sku=${sku}`, admin)).data.inventory_items[0].id as string
      return { variantId: product.variants[0].id as string, itemId }
    }

    /** Lets the event subscribers of the last changes run. */
    async function settle() {
      await utils.waitWorkflowExecutions()
      await sleep(300)
      await utils.waitWorkflowExecutions()
    }

    async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 15000): Promise<T> {
      const until = Date.now() + ms
      let value = await read()
      while (!ok(value) && Date.now() < until) {
        await sleep(200)
        value = await read()
      }
      return value
    }

    const alerts = async (query = "") => (await api.get(`${BASE}/alerts?inventory_item_id=${itemId}${query}`, admin)).data
    const order = (quantity: number) => placeOrder(api, store, { variantId, quantity, shippingOptionId, utils })
    const setThreshold = (location_id: string, reorder_point: number, reorder_quantity?: number | null) =>
      api.post(`${BASE}/thresholds`, { thresholds: [{ inventory_item_id: itemId, location_id, reorder_point, reorder_quantity }] }, admin)
    const notificationsOf = (alertId: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: alertId })

    it("upserts thresholds, showing the item, the location and what is available", async () => {
      const created = (await setThreshold(warehouseId, 5, 20)).data.thresholds
      expect(created).toEqual([
        expect.objectContaining({
          inventory_item_id: itemId,
          sku: SKU,
          location: { id: warehouseId, name: "Warehouse" },
          reorder_point: 5,
          reorder_quantity: 20,
          available_quantity: 10,
        }),
      ])
      // Same item and location: updated in place; an omitted reorder quantity stays.
      const updated = (await setThreshold(warehouseId, 4)).data.thresholds
      expect(updated[0]).toEqual(expect.objectContaining({ id: created[0].id, reorder_point: 4, reorder_quantity: 20 }))
      const cleared = (await setThreshold(warehouseId, 4, null)).data.thresholds
      expect(cleared[0].reorder_quantity).toBeNull()

      const list = (await api.get(`${BASE}/thresholds?location_id=${warehouseId}`, admin)).data
      expect(list).toEqual(expect.objectContaining({ count: 1, limit: 20, offset: 0 }))
      expect((await alerts()).count).toBe(0)

      const bad = [
        [{ reorder_point: -1 }, 400],
        [{ reorder_point: 1.5 }, 400],
        [{ reorder_point: 2, reorder_quantity: 0 }, 400],
        [{ reorder_point: 2, inventory_item_id: "iitem_missing" }, 404],
        [{ reorder_point: 2, location_id: "sloc_missing" }, 404],
        [{ reorder_point: 2, location_id: emptyLocationId }, 400],
      ] as const
      for (const [patch, status] of bad) {
        const res = await failed(
          api.post(`${BASE}/thresholds`, { thresholds: [{ inventory_item_id: itemId, location_id: warehouseId, ...patch }] }, admin)
        )
        expect([JSON.stringify(patch), res.status]).toEqual([JSON.stringify(patch), status])
      }
      const notStocked = await failed(setThreshold(emptyLocationId, 2))
      expect(notStocked.data.message).toContain(`SKU ${SKU} is not stocked at Empty Depot`)
      const twice = await failed(
        api.post(
          `${BASE}/thresholds`,
          {
            thresholds: [
              { inventory_item_id: itemId, location_id: ningboId, reorder_point: 1 },
              { inventory_item_id: itemId, location_id: ningboId, reorder_point: 2 },
            ],
          },
          admin
        )
      )
      expect(twice.status).toBe(400)
      expect((await api.get(`${BASE}/thresholds`, admin)).data.count).toBe(1)
    })

    it("imports thresholds from CSV all or nothing", async () => {
      const bad = await failed(
        api.post(
          `${BASE}/thresholds/import`,
          {
            csv: [
              "sku,location,reorder_point,reorder_quantity",
              `${SKU},Warehouse,5,20`,
              "NOPE-1,Warehouse,5,",
              `${SKU},Nowhere,5,`,
              `${SKU},Ningbo DC,x,`,
              `${SKU},Empty Depot,1,`,
            ].join("\n"),
          },
          admin
        )
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain('row 3: unknown SKU "NOPE-1"')
      expect(bad.data.message).toContain('row 4: unknown location "Nowhere"')
      expect(bad.data.message).toContain(`row 5: reorder point "x" of SKU "${SKU}"`)
      expect(bad.data.message).toContain(`row 6: SKU "${SKU}" is not stocked at "Empty Depot"`)
      expect((await api.get(`${BASE}/thresholds`, admin)).data.count).toBe(0)

      const ok = await api.post(
        `${BASE}/thresholds/import`,
        { csv: `sku,location,reorder_point,reorder_quantity\r\n${SKU},Warehouse,5,20\r\n${SKU},${ningboId},12,\r\n` },
        admin
      )
      expect(ok.data).toEqual({ updated: 2 })
      const { thresholds } = (await api.get(`${BASE}/thresholds?q=alert-500`, admin)).data
      expect(thresholds.map((t: any) => [t.location.name, t.reorder_point, t.reorder_quantity]).sort()).toEqual([
        ["Ningbo DC", 12, null],
        ["Warehouse", 5, 20],
      ])
      // Ningbo has 10 ≤ 12: the import opened its alert (and notified) at once.
      const open = (await alerts("&status=open")).alerts
      expect(open).toEqual([
        expect.objectContaining({ location: { id: ningboId, name: "Ningbo DC" }, available_quantity: 10, suggested_quantity: 14 }),
      ])
      expect(await notificationsOf(open[0].id)).toHaveLength(1)

      expect((await failed(api.post(`${BASE}/thresholds/import`, { csv: "" }, admin))).status).toBe(400)
      expect((await failed(api.post(`${BASE}/thresholds/import`, { csv: "sku\nA" }, admin))).status).toBe(400)
    })

    it("opens once when orders take stock to the point, closes on recovery, reopens as a new alert", async () => {
      await setThreshold(warehouseId, 5, null)

      await order(4) // 10 − 4 = 6 > 5
      await settle()
      expect((await alerts()).count).toBe(0)

      await order(1) // 5 ≤ 5: opens
      const opened = await eventually(() => alerts(), (r) => r.count === 1)
      expect(opened.alerts).toEqual([
        expect.objectContaining({
          status: "open",
          sku: SKU,
          location: { id: warehouseId, name: "Warehouse" },
          reorder_point: 5,
          available_quantity: 5,
          current_available_quantity: 5,
          suggested_quantity: 5,
          closed_at: null,
        }),
      ])
      const first = opened.alerts[0]
      const notified = await eventually(() => alerts(), (r) => !!r.alerts[0]?.notified_at)
      expect(notified.alerts[0].notified_at).toBeTruthy()

      await order(2) // 3: still the same single alert, suggesting 2×5 − 3
      await settle()
      const still = await alerts()
      expect(still.count).toBe(1)
      expect(still.alerts[0]).toEqual(
        expect.objectContaining({ id: first.id, status: "open", available_quantity: 5, current_available_quantity: 3, suggested_quantity: 7 })
      )
      const notes = await notificationsOf(first.id)
      expect(notes).toHaveLength(1)
      expect(notes[0]).toEqual(
        expect.objectContaining({ channel: "feed", template: "distribution-low-stock", to: "", trigger_type: "distribution.low_stock" })
      )
      expect(notes[0].data).toEqual(
        expect.objectContaining({ title: `Low stock: ${SKU} at Warehouse`, sku: SKU, available_quantity: 5, reorder_point: 5 })
      )

      // Stock arrives: 20 stocked − 7 reserved = 13 > 5 closes it.
      await api.post(`/admin/inventory-items/${itemId}/location-levels/${warehouseId}`, { stocked_quantity: 20 }, admin)
      const closed = await eventually(() => alerts(), (r) => r.alerts[0]?.status === "closed")
      expect(closed.alerts[0]).toEqual(
        expect.objectContaining({ id: first.id, status: "closed", closed_available_quantity: 13, current_available_quantity: 13 })
      )
      expect(closed.alerts[0].closed_at).toBeTruthy()

      await order(9) // 13 − 9 = 4: a new alert
      const again = await eventually(() => alerts(), (r) => r.count === 2)
      expect(again.alerts.map((a: any) => a.status)).toEqual(["open", "closed"])
      expect(again.alerts[0].id).not.toBe(first.id)
      expect(again.alerts[0].available_quantity).toBe(4)
      expect(await eventually(() => notificationsOf(again.alerts[0].id), (n) => n.length === 1)).toHaveLength(1)
      expect(await notificationsOf(first.id)).toHaveLength(1)
    })

    it("the scan catches a drop no event reported; deleting the threshold closes its alert", async () => {
      await setThreshold(ningboId, 2, 6)
      expect((await alerts()).count).toBe(0)
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(
        `UPDATE inventory_level SET stocked_quantity = 1, raw_stocked_quantity = '{"value":"1","precision":20}'::jsonb
          WHERE inventory_item_id = ? AND location_id = ?`,
        [itemId, ningboId]
      )
      await settle()
      expect((await alerts()).count).toBe(0)

      const scan = (await api.post(`${BASE}/alerts/scan`, {}, admin)).data
      expect(scan).toEqual(expect.objectContaining({ opened: 1, closed: 0 }))
      const open = (await alerts(`&status=open&location_id=${ningboId}`)).alerts
      expect(open).toEqual([expect.objectContaining({ available_quantity: 1, suggested_quantity: 6 })])
      expect(open[0].notified_at).toBeTruthy()
      // A second scan opens nothing more.
      expect((await api.post(`${BASE}/alerts/scan`, {}, admin)).data).toEqual(expect.objectContaining({ opened: 0 }))

      const threshold = (await api.get(`${BASE}/thresholds?location_id=${ningboId}`, admin)).data.thresholds[0]
      const removed = (await api.delete(`${BASE}/thresholds/${threshold.id}`, admin)).data
      expect(removed).toEqual(expect.objectContaining({ id: threshold.id, deleted: true, closed_alert_ids: [open[0].id] }))
      expect((await alerts(`&status=closed`)).alerts[0]).toEqual(expect.objectContaining({ id: open[0].id, closed_available_quantity: 1 }))
      expect((await failed(api.delete(`${BASE}/thresholds/${threshold.id}`, admin))).status).toBe(404)
    })

    it("filters and pages alerts, and refuses bad queries", async () => {
      await api.post(
        `${BASE}/thresholds`,
        {
          thresholds: [
            { inventory_item_id: itemId, location_id: warehouseId, reorder_point: 10 },
            { inventory_item_id: itemId, location_id: ningboId, reorder_point: 10 },
          ],
        },
        admin
      )
      // Ningbo recovers; Warehouse stays low.
      await api.post(`/admin/inventory-items/${itemId}/location-levels/${ningboId}`, { stocked_quantity: 30 }, admin)
      await eventually(() => alerts("&status=closed"), (r) => r.count === 1)

      const get = async (query: string) => (await api.get(`${BASE}/alerts?${query}`, admin)).data
      expect((await get("status=open")).alerts.map((a: any) => a.location.id)).toEqual([warehouseId])
      expect((await get("status=closed")).alerts.map((a: any) => a.location.id)).toEqual([ningboId])
      expect((await get(`location_id=${ningboId}`)).count).toBe(1)
      expect((await get(`q=${SKU.toLowerCase()}`)).count).toBe(2)
      expect((await get("q=no-such-sku")).count).toBe(0)
      const page = await get("limit=1&offset=1")
      expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
      expect(page.alerts).toHaveLength(1)

      for (const query of ["status=bogus", "limit=101", "offset=-1", "unknown=1"]) {
        expect([query, (await failed(api.get(`${BASE}/alerts?${query}`, admin))).status]).toEqual([query, 400])
      }
      expect((await failed(api.get(`${BASE}/thresholds?limit=0`, admin))).status).toBe(400)
      expect((await failed(api.post(`${BASE}/thresholds`, { thresholds: [] }, admin))).status).toBe(400)
      expect((await failed(api.post(`${BASE}/alerts/scan`, { all: true }, admin))).status).toBe(400)
    })

    /**
     * The stock-change subscribers start the evaluation workflow only where an
     * alert could open or close (stockPairsToEvaluate). These are the cases
     * that check must not skip: an open alert whose threshold row is gone, an
     * alert opening at a new threshold on a checkout, and a recovery. Its own
     * item, so the stories above keep theirs.
     */
    describe("the stock-change check before evaluating", () => {
      const SKU = "TEA-PREFILTER-250"
      let itemId: string
      let variantId: string

      // Made in beforeEach: the runner restores its snapshot (taken before the first test) before
      // every test, which would wipe what a beforeAll here made after the tests above ran.
      beforeEach(async () => {
        const jasmine = await managedProduct("Jasmine tea", "250g", SKU, 50)
        variantId = jasmine.variantId
        itemId = jasmine.itemId
        await api.post(`/admin/inventory-items/${itemId}/location-levels`, { location_id: warehouseId, stocked_quantity: 10 }, admin)
        await utils.waitWorkflowExecutions()
      })

      const alerts = async (query = "") => (await api.get(`${BASE}/alerts?inventory_item_id=${itemId}${query}`, admin)).data
      const order = (quantity: number) => placeOrder(api, store, { variantId, quantity, shippingOptionId, utils })
      const warehouse = () => getContainer().resolve<WarehouseModuleService>(WAREHOUSE_MODULE)

      // One story (the runner empties the plugin's tables between tests): 10 in stock, reorder point 5.
      it("opens at the point, leaves a low open alert alone, closes an orphaned alert, and closes on recovery", async () => {
        await api.post(`${BASE}/thresholds`, { thresholds: [{ inventory_item_id: itemId, location_id: warehouseId, reorder_point: 5 }] }, admin)
        await order(2) // 8 > 5: watched, well stocked, nothing to open
        await settle()
        expect((await alerts()).count).toBe(0)
        await order(3) // 5 ≤ 5: opens
        const [first] = (await eventually(() => alerts("&status=open"), (r) => r.count === 1)).alerts
        expect(first).toEqual(expect.objectContaining({ available_quantity: 5, reorder_point: 5 }))

        await order(1) // 4: still low, still the one alert
        await settle()
        expect((await alerts()).alerts.map((a: any) => [a.id, a.status])).toEqual([[first.id, "open"]])

        // The threshold row goes, not through DELETE /thresholds/:id (which closes the alert itself):
        // only the stock-change check can close the alert now.
        const [threshold] = await warehouse().listStockThresholds({ inventory_item_id: itemId, location_id: warehouseId })
        await warehouse().softDeleteStockThresholds([threshold.id])
        expect((await alerts("&status=open")).count).toBe(1)
        await order(1) // 3 available, no threshold: the orphaned alert closes
        const orphan = await eventually(() => alerts("&status=closed"), (r) => r.count === 1)
        expect(orphan.alerts[0]).toEqual(expect.objectContaining({ id: first.id, closed_available_quantity: 3 }))
        expect((await alerts("&status=open")).count).toBe(0)

        // A new threshold opens a new alert at once (3 ≤ 5); stock arriving closes it: 20 − 7 reserved = 13.
        await api.post(`${BASE}/thresholds`, { thresholds: [{ inventory_item_id: itemId, location_id: warehouseId, reorder_point: 5 }] }, admin)
        const [second] = (await eventually(() => alerts("&status=open"), (r) => r.count === 1)).alerts
        expect(second).toEqual(expect.objectContaining({ available_quantity: 3 }))
        expect(second.id).not.toBe(first.id)
        await api.post(`/admin/inventory-items/${itemId}/location-levels/${warehouseId}`, { stocked_quantity: 20 }, admin)
        await eventually(() => alerts("&status=open"), (r) => r.count === 0)
        const closed = (await alerts("&status=closed")).alerts.find((a: any) => a.id === second.id)
        expect(closed).toEqual(expect.objectContaining({ closed_available_quantity: 13 }))
      })
    })
  },
})
