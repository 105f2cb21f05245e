import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { WAREHOUSE_MODULE } from "../../../types/module-names"
import type WarehouseModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<WarehouseModuleService>({
  moduleName: WAREHOUSE_MODULE,
  resolve: path.join(__dirname, ".."),
  moduleOptions: {},
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (query: string) => MikroOrmWrapper.forkManager().getConnection().execute(query)
    const low = (available: number) => ({
      inventory_item_id: "iitem_1",
      location_id: "sloc_1",
      reorder_point: 5,
      available_quantity: available,
      suggested_quantity: 10 - available,
    })

    it("opens one alert per item and location however often, and concurrently, low stock is reported", async () => {
      const opened = await Promise.all([1, 2, 3, 4].map((n) => service.openAlerts([low(5 - n)])))
      expect(opened.flat()).toHaveLength(1)
      expect(await service.openAlerts([low(0)])).toEqual([])
      const [alerts, count] = await service.listAndCountStockAlerts({})
      expect(count).toBe(1)
      expect(alerts[0]).toMatchObject({ status: "open", reorder_point: 5 })
    })

    it("closes the open alert when stock recovers, and a later drop opens a new one", async () => {
      const [first] = await service.openAlerts([low(2)])
      const closed = await service.closeAlerts([{ inventory_item_id: "iitem_1", location_id: "sloc_1", available_quantity: 12 }])
      expect(closed).toEqual([first.id])
      expect(await service.closeAlerts([{ inventory_item_id: "iitem_1", location_id: "sloc_1", available_quantity: 12 }])).toEqual([])
      const [second] = await service.openAlerts([low(1)])
      expect(second.id).not.toBe(first.id)
      const rows = await service.listStockAlerts({}, { order: { opened_at: "ASC" } })
      expect(rows.map((r) => [r.status, r.closed_available_quantity])).toEqual([
        ["closed", 12],
        ["open", null],
      ])
    })

    it("lists the watched pairs among those asked: a live threshold, an open alert, or both", async () => {
      const pair = (item: string, location = "sloc_1") => ({ inventory_item_id: item, location_id: location })
      await service.createStockThresholds([
        { ...pair("iitem_t"), reorder_point: 5 },
        { ...pair("iitem_both"), reorder_point: 2 },
        { ...pair("iitem_gone"), reorder_point: 7 },
        { ...pair("iitem_t", "sloc_2"), reorder_point: 9 },
      ])
      const [gone] = await service.listStockThresholds({ inventory_item_id: "iitem_gone" })
      await service.softDeleteStockThresholds([gone.id])
      const open = (item: string) => ({ ...pair(item), reorder_point: 3, available_quantity: 1, suggested_quantity: 5 })
      await service.openAlerts([open("iitem_both"), open("iitem_orphan"), open("iitem_closed")])
      await service.closeAlerts([{ ...pair("iitem_closed"), available_quantity: 10 }])

      const asked = [
        pair("iitem_t"),
        pair("iitem_t"), // twice: one row
        pair("iitem_both"),
        pair("iitem_orphan"),
        pair("iitem_gone"), // deleted threshold, no alert
        pair("iitem_closed"), // only a closed alert
        pair("iitem_none"),
        pair("iitem_both", "sloc_2"), // another location of a watched item
      ]
      const watched = await service.listWatchedStockPairs(asked)
      const rows = watched.map((w) => [w.inventory_item_id, w.location_id, w.reorder_point, w.has_open_alert]).sort()
      expect(rows).toEqual([
        ["iitem_both", "sloc_1", 2, true],
        ["iitem_orphan", "sloc_1", null, true],
        ["iitem_t", "sloc_1", 5, false],
      ])
      expect(await service.listWatchedStockPairs([])).toEqual([])
      expect(await service.listWatchedStockPairs([pair('it"em\\,{x}')])).toEqual([])
    })

    it("moves a transfer only from the status it is in: of racing shippers one wins", async () => {
      const transfer = await service.createStockTransfers({
        from_location_id: "sloc_a",
        to_location_id: "sloc_b",
        lines: [{ inventory_item_id: "iitem_1", quantity: 3 }],
      } as any)
      const moves = await Promise.all(
        [1, 2, 3].map((n) => service.moveTransfer(transfer.id, ["draft"], "shipped", { shipped_by: `user_${n}`, shipped_at: new Date() }))
      )
      expect(moves.filter(Boolean)).toHaveLength(1)
      expect(await service.moveTransfer(transfer.id, ["draft"], "canceled")).toBe(false)
      const moved = await service.retrieveStockTransfer(transfer.id)
      expect(moved.status).toBe("shipped")
      expect(moved.shipped_by).toMatch(/^user_/)
      await expect(service.moveTransfer(transfer.id, ["shipped"], "received", { status: "x" } as any)).rejects.toThrow(/Unknown stamp column/)
    })

    it("holds quantities and locations in the database, whatever a caller sends", async () => {
      await expect(
        service.createStockTransfers({ from_location_id: "sloc_a", to_location_id: "sloc_a" } as any)
      ).rejects.toThrow(/stock_transfer_locations_check/)
      const transfer = await service.createStockTransfers({ from_location_id: "sloc_a", to_location_id: "sloc_b" } as any)
      await expect(
        service.createStockTransferLines({ transfer_id: transfer.id, inventory_item_id: "iitem_1", quantity: 0 } as any)
      ).rejects.toThrow(/stock_transfer_line_quantity_check/)
      await expect(
        service.createStockThresholds({ inventory_item_id: "iitem_1", location_id: "sloc_a", reorder_point: -1 })
      ).rejects.toThrow(/stock_threshold_quantities_check/)
      await service.createStockThresholds({ inventory_item_id: "iitem_1", location_id: "sloc_a", reorder_point: 3 })
      await expect(
        service.createStockThresholds({ inventory_item_id: "iitem_1", location_id: "sloc_a", reorder_point: 4 })
      ).rejects.toThrow(/already exists|unique/i)
      await expect(
        service.createRestockOrders([
          { order_id: "order_1", dealer_id: "dlr_1", target_location_id: "sloc_a" },
          { order_id: "order_1", dealer_id: "dlr_1", target_location_id: "sloc_a" },
        ])
      ).rejects.toThrow(/already exists|unique/i)
      expect((await sql("SELECT count(*)::int AS n FROM restock_order"))[0].n).toBe(0)
    })
  },
})
