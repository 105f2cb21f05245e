import { distributionTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { RequestConfig, signInAdmin } from "../helpers/auth"
import { WAREHOUSE_MODULE } from "../../src/types/module-names"

jest.setTimeout(240 * 1000)

/**
 * Stock transfers and stock counts through the admin API, against Medusa's
 * own stock locations, inventory items and levels (created with Medusa's
 * admin API): every transfer transition including the refused ones, a
 * failure halfway, concurrent ships, counts with stock moving during the
 * count, CSV import, lookups and item costs.
 */
const failed = (promise: Promise<any>) =>
  promise.then(
    (res) => {
      throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data)}`)
    },
    (err) => err.response
  )

const BASE = "/admin/distribution/warehouse"

distributionTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: RequestConfig
    const loc: Record<string, string> = {}
    const item: Record<string, string> = {}

    // Hangzhou DC stocks TEA-1 20, TEA-2 10, TEA-3 5; Ningbo has TEA-1 2; Shaoxing is empty.
    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      for (const [key, name] of [["hz", "Hangzhou DC"], ["nb", "Ningbo Dealer"], ["sx", "Shaoxing Dealer"]]) {
        const { data } = await api.post("/admin/stock-locations", { name, address: { address_1: "1 Road", city: name.split(" ")[0], country_code: "cn" } }, admin)
        loc[key] = data.stock_location.id
      }
      for (const [sku, title] of [["TEA-1", "Longjing green tea"], ["TEA-2", "Oolong tea"], ["TEA-3", "Pu'er cake"]]) {
        const { data } = await api.post("/admin/inventory-items", { sku, title }, admin)
        item[sku] = data.inventory_item.id
      }
      const levels: [string, string, number][] = [
        ["TEA-1", "hz", 20],
        ["TEA-2", "hz", 10],
        ["TEA-3", "hz", 5],
        ["TEA-1", "nb", 2],
      ]
      for (const [sku, at, stocked] of levels) {
        await api.post(`/admin/inventory-items/${item[sku]}/location-levels`, { location_id: loc[at], stocked_quantity: stocked }, admin)
      }
    })

    const level = async (sku: string, at: string) => {
      const [l] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: item[sku], location_id: loc[at] })
      return l ? { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) } : null
    }
    const stocked = async (sku: string, at: string) => (await level(sku, at))?.stocked ?? null
    const reserve = (sku: string, at: string, quantity: number) =>
      api.post("/admin/reservations", { inventory_item_id: item[sku], location_id: loc[at], quantity }, admin)
    const createTransfer = async (from: string, to: string, lines: [string, number][], note?: string) =>
      (
        await api.post(
          `${BASE}/transfers`,
          { from_location_id: loc[from], to_location_id: loc[to], note, lines: lines.map(([sku, quantity]) => ({ inventory_item_id: item[sku], quantity })) },
          admin
        )
      ).data.transfer
    const act = (id: string, action: string, body: unknown = {}) => api.post(`${BASE}/transfers/${id}/${action}`, body, admin)

    describe("transfers", () => {
      it("ships, receives in part with a discrepancy, and creates the target level when missing", async () => {
        const transfer = await createTransfer("hz", "nb", [["TEA-1", 4], ["TEA-2", 3]], "weekly top-up")
        expect(transfer).toMatchObject({
          status: "draft",
          kind: "manual",
          from_location: { id: loc.hz, name: "Hangzhou DC" },
          to_location: { id: loc.nb, name: "Ningbo Dealer" },
          note: "weekly top-up",
          line_count: 2,
          total_quantity: 7,
          created_by: expect.stringMatching(/^user_/),
        })
        expect(transfer.lines.map((l: any) => [l.sku, l.title, l.quantity])).toEqual([
          ["TEA-1", "Longjing green tea", 4],
          ["TEA-2", "Oolong tea", 3],
        ])
        // A draft moves nothing.
        expect(await stocked("TEA-1", "hz")).toBe(20)

        const events = getContainer().resolve(Modules.EVENT_BUS) as any
        const emitted: { name: string; data: any }[] = []
        const emit = events.emit
        events.emit = async (...args: any[]) => {
          for (const m of Array.isArray(args[0]) ? args[0] : [args[0]]) emitted.push({ name: m.name, data: m.data })
          return emit.apply(events, args)
        }
        const shipped = (await act(transfer.id, "ship")).data.transfer
        expect(shipped).toMatchObject({ status: "shipped", shipped_by: expect.stringMatching(/^user_/), shipped_at: expect.any(String) })
        expect(await stocked("TEA-1", "hz")).toBe(16)
        expect(await stocked("TEA-2", "hz")).toBe(7)
        expect(await level("TEA-2", "nb")).toBeNull()

        const tea1 = shipped.lines.find((l: any) => l.sku === "TEA-1")
        const received = (await act(transfer.id, "receive", { lines: [{ line_id: tea1.id, received_quantity: 3, note: "one tin crushed" }] })).data.transfer
        expect(received).toMatchObject({ status: "received", received_quantity: 6, discrepancy_quantity: 1, received_by: expect.stringMatching(/^user_/) })
        expect(received.lines).toEqual([
          expect.objectContaining({ sku: "TEA-1", quantity: 4, received_quantity: 3, discrepancy_quantity: 1, discrepancy_note: "one tin crushed" }),
          expect.objectContaining({ sku: "TEA-2", quantity: 3, received_quantity: 3, discrepancy_quantity: 0, discrepancy_note: null }),
        ])
        expect(await stocked("TEA-1", "nb")).toBe(5) // 2 + 3
        expect(await stocked("TEA-2", "nb")).toBe(3) // level created
        expect(await stocked("TEA-1", "hz")).toBe(16) // the short tin stays lost, not back at the source
        events.emit = emit
        // Low-stock alerts hear about every level that changed.
        const levelId = async (sku: string, at: string) =>
          (await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item[sku], location_id: loc[at] }))[0].id
        const levelEvents = emitted.filter((e) => e.name.startsWith("inventory-level."))
        expect(levelEvents).toEqual(
          expect.arrayContaining([
            { name: "inventory-level.updated", data: { id: await levelId("TEA-1", "hz") } },
            { name: "inventory-level.updated", data: { id: await levelId("TEA-2", "hz") } },
            { name: "inventory-level.updated", data: { id: await levelId("TEA-1", "nb") } },
            { name: "inventory-level.created", data: { id: await levelId("TEA-2", "nb") } },
          ])
        )

        // Receive twice, cancel a received one: refused, nothing moves.
        const again = await failed(act(transfer.id, "receive"))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain(`Transfer #${transfer.display_id} is received`)
        const cancel = await failed(act(transfer.id, "cancel"))
        expect(cancel.status).toBe(400)
        expect(cancel.data.message).toContain("is received")
        expect(await stocked("TEA-1", "nb")).toBe(5)
        expect(await stocked("TEA-2", "nb")).toBe(3)
      })

      it("refuses to ship below the reserved quantity, naming the SKU and location, and the first line's adjustment is undone", async () => {
        await reserve("TEA-2", "hz", 8)
        // Lines go in SKU order: TEA-1 (fine) is adjusted before TEA-2 fails.
        const transfer = await createTransfer("hz", "sx", [["TEA-1", 5], ["TEA-2", 5]])
        const res = await failed(act(transfer.id, "ship"))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "This would leave SKU TEA-2 at Hangzhou DC below its reserved quantity (stocked 10, reserved 8, shipping 5)."
        )
        expect(await level("TEA-1", "hz")).toEqual({ stocked: 20, reserved: 0 })
        expect(await level("TEA-2", "hz")).toEqual({ stocked: 10, reserved: 8 })
        expect((await api.get(`${BASE}/transfers/${transfer.id}`, admin)).data.transfer).toMatchObject({ status: "draft", shipped_at: null, shipped_by: null })

        // Down to what is free, it ships.
        await api.post(`${BASE}/transfers/${transfer.id}`, { lines: [{ inventory_item_id: item["TEA-1"], quantity: 5 }, { inventory_item_id: item["TEA-2"], quantity: 2 }] }, admin)
        expect((await act(transfer.id, "ship")).data.transfer.status).toBe("shipped")
        expect(await level("TEA-2", "hz")).toEqual({ stocked: 8, reserved: 8 })
      })

      it("a failure in a later step undoes the level changes already made (compensation)", async () => {
        const transfer = await createTransfer("hz", "sx", [["TEA-1", 3], ["TEA-3", 2]])
        await act(transfer.id, "ship")
        // The receipt is recorded, then the levels move, then the workflow fails: all undone.
        const events = getContainer().resolve(Modules.EVENT_BUS) as any
        const original = events.emit
        events.emit = async (...args: any[]) => {
          const messages = Array.isArray(args[0]) ? args[0] : [args[0]]
          if (messages.some((m: any) => m?.name === "inventory-level.updated" || m?.name === "inventory-level.created")) {
            throw new Error("event bus down")
          }
          return original.apply(events, args)
        }
        try {
          const res = await failed(act(transfer.id, "receive"))
          expect(res.status).toBeGreaterThanOrEqual(400)
        } finally {
          events.emit = original
        }
        expect(await level("TEA-1", "sx")).toBeNull()
        expect(await level("TEA-3", "sx")).toBeNull()
        const after = (await api.get(`${BASE}/transfers/${transfer.id}`, admin)).data.transfer
        expect(after).toMatchObject({ status: "shipped", received_at: null, received_quantity: 0 })
        expect(after.lines.every((l: any) => l.received_quantity === null)).toBe(true)
        // And it still receives normally afterwards.
        expect((await act(transfer.id, "receive")).data.transfer.status).toBe("received")
        expect(await stocked("TEA-1", "sx")).toBe(3)
        expect(await stocked("TEA-3", "sx")).toBe(2)
      })

      it("cancels a draft without moving stock, and a shipped transfer puts its stock back", async () => {
        const draft = await createTransfer("hz", "nb", [["TEA-1", 2]])
        expect((await act(draft.id, "cancel")).data.transfer).toMatchObject({ status: "canceled", canceled_by: expect.stringMatching(/^user_/) })
        expect(await stocked("TEA-1", "hz")).toBe(20)
        const ship = await failed(act(draft.id, "ship"))
        expect(ship.status).toBe(400)
        expect(ship.data.message).toContain("is canceled; only a draft transfer can be shipped")

        const shipped = await createTransfer("hz", "nb", [["TEA-1", 6], ["TEA-3", 5]])
        await act(shipped.id, "ship")
        expect(await stocked("TEA-1", "hz")).toBe(14)
        expect(await stocked("TEA-3", "hz")).toBe(0)
        expect((await act(shipped.id, "cancel")).data.transfer.status).toBe("canceled")
        expect(await stocked("TEA-1", "hz")).toBe(20)
        expect(await stocked("TEA-3", "hz")).toBe(5)
        expect(await stocked("TEA-1", "nb")).toBe(2)
        expect((await failed(act(shipped.id, "cancel"))).status).toBe(400)
        expect((await failed(act(shipped.id, "receive"))).status).toBe(400)
      })

      it("concurrent ships of one transfer move the stock once", async () => {
        const transfer = await createTransfer("hz", "nb", [["TEA-1", 5], ["TEA-2", 1]])
        const results = await Promise.allSettled([1, 2, 3, 4].map(() => act(transfer.id, "ship")))
        const ok = results.filter((r) => r.status === "fulfilled")
        expect(ok).toHaveLength(1)
        for (const r of results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]) {
          expect(r.reason.response.status).toBe(400)
        }
        expect(await stocked("TEA-1", "hz")).toBe(15)
        expect(await stocked("TEA-2", "hz")).toBe(9)
      })

      it("edits a draft only, and validates what it is given", async () => {
        const transfer = await createTransfer("hz", "nb", [["TEA-1", 1]])
        const edited = (await api.post(`${BASE}/transfers/${transfer.id}`, { note: "urgent", lines: [{ inventory_item_id: item["TEA-3"], quantity: 2 }] }, admin)).data.transfer
        expect(edited).toMatchObject({ note: "urgent", line_count: 1, total_quantity: 2 })
        expect(edited.lines[0]).toMatchObject({ sku: "TEA-3", quantity: 2 })
        await act(transfer.id, "ship")
        const late = await failed(api.post(`${BASE}/transfers/${transfer.id}`, { note: "too late" }, admin))
        expect(late.status).toBe(400)
        expect(late.data.message).toContain("only a draft transfer can be edited")

        const post = (body: any) => failed(api.post(`${BASE}/transfers`, body, admin))
        const line = (sku: string, quantity: number) => ({ inventory_item_id: item[sku], quantity })
        const same = await post({ from_location_id: loc.hz, to_location_id: loc.hz, lines: [line("TEA-1", 1)] })
        expect([same.status, same.data.message]).toEqual([400, "A transfer needs two different locations."])
        expect((await post({ from_location_id: loc.hz, to_location_id: loc.nb, lines: [] })).status).toBe(400)
        expect((await post({ from_location_id: loc.hz, to_location_id: loc.nb, lines: [line("TEA-1", 0)] })).status).toBe(400)
        expect((await post({ from_location_id: loc.hz, to_location_id: loc.nb, lines: [line("TEA-1", 1.5)] })).status).toBe(400)
        expect((await post({ from_location_id: loc.hz, to_location_id: loc.nb, lines: [line("TEA-1", 1)], extra: 1 })).status).toBe(400)
        const twice = await post({ from_location_id: loc.hz, to_location_id: loc.nb, lines: [line("TEA-1", 1), line("TEA-1", 2)] })
        expect(twice.data.message).toContain("SKU TEA-1 is on the transfer twice")
        const notStocked = await post({ from_location_id: loc.sx, to_location_id: loc.nb, lines: [line("TEA-2", 1)] })
        expect([notStocked.status, notStocked.data.message]).toEqual([400, "SKU TEA-2 is not stocked at Shaoxing Dealer."])
        const unknown = await post({ from_location_id: loc.hz, to_location_id: loc.nb, lines: [{ inventory_item_id: "iitem_nope", quantity: 1 }] })
        expect(unknown.data.message).toContain("Inventory item iitem_nope does not exist.")
        const noLoc = await post({ from_location_id: "sloc_nope", to_location_id: loc.nb, lines: [line("TEA-1", 1)] })
        expect(noLoc.data.message).toContain("Stock location sloc_nope does not exist.")
        expect((await failed(api.get(`${BASE}/transfers/stxfer_nope`, admin))).status).toBe(404)
        expect((await failed(act("stxfer_nope", "ship"))).status).toBe(404)

        const receipt = await createTransfer("hz", "nb", [["TEA-1", 2]])
        await act(receipt.id, "ship")
        const over = await failed(act(receipt.id, "receive", { lines: [{ line_id: receipt.lines[0].id, received_quantity: 3 }] }))
        expect(over.status).toBe(400)
        expect(over.data.message).toContain("SKU TEA-1: received quantity must be a whole number from 0 to the 2 shipped")
        expect((await failed(act(receipt.id, "receive", { lines: [{ line_id: "stxline_other", received_quantity: 1 }] }))).status).toBe(400)
        expect((await api.get(`${BASE}/transfers/${receipt.id}`, admin)).data.transfer.status).toBe("shipped")
        expect(await stocked("TEA-1", "nb")).toBe(2)
      })

      it("lists transfers with filters", async () => {
        const a = await createTransfer("hz", "nb", [["TEA-1", 1]])
        const b = await createTransfer("hz", "sx", [["TEA-2", 1]])
        const c = await createTransfer("nb", "sx", [["TEA-1", 1]])
        await act(b.id, "ship")
        const list = async (params: string) => (await api.get(`${BASE}/transfers?${params}`, admin)).data
        const ids = async (params: string) => (await list(params)).transfers.map((t: any) => t.id)
        const all = await list("")
        expect(all).toMatchObject({ count: 3, limit: 20, offset: 0 })
        expect(all.transfers[0]).toMatchObject({ id: c.id, line_count: 1, total_quantity: 1 })
        expect(all.transfers[0].lines).toBeUndefined()
        expect(await ids("status=shipped")).toEqual([b.id])
        expect(await ids(`from_location_id=${loc.hz}`)).toEqual([b.id, a.id])
        expect(await ids(`to_location_id=${loc.sx}`)).toEqual([c.id, b.id])
        expect(await ids(`location_id=${loc.nb}`)).toEqual([c.id, a.id])
        expect(await ids("q=tea-2")).toEqual([b.id])
        expect(await ids("q=TEA_")).toEqual([])
        expect(await ids(`q=%23${a.display_id}`)).toEqual([a.id])
        expect(await ids(`created_from=2000-01-01&created_to=2000-01-02`)).toEqual([])
        expect(await ids("kind=restock")).toEqual([])
        expect((await list("limit=1&offset=1")).transfers).toHaveLength(1)
        expect((await failed(api.get(`${BASE}/transfers?status=lost`, admin))).status).toBe(400)
        expect((await failed(api.get(`${BASE}/transfers?limit=101`, admin))).status).toBe(400)
        expect((await failed(api.get(`${BASE}/transfers?created_from=yesterday`, admin))).status).toBe(400)
      })
    })

    describe("counts", () => {
      const lines = async (countId: string, params = "") =>
        (await api.get(`${BASE}/counts/${countId}/lines?limit=100&${params}`, admin)).data.lines
      const bySku = (rows: any[]) => Object.fromEntries(rows.map((l) => [l.sku, l]))

      it("snapshots, takes counts by SKU and by CSV, and applies counted − snapshot to the current level", async () => {
        await api.post(`${BASE}/item-costs`, { inventory_item_id: item["TEA-1"], currency_code: "CNY", unit_cost: "12.50" }, admin)
        const count = (await api.post(`${BASE}/counts`, { location_id: loc.hz, note: "year end" }, admin)).data.count
        expect(count).toMatchObject({
          status: "counting",
          location: { id: loc.hz, name: "Hangzhou DC" },
          note: "year end",
          scope: null,
          totals: { lines: 3, counted: 0, variance_lines: 0, variance_quantity: 0, variance_value: null },
        })
        expect(bySku(await lines(count.id))).toMatchObject({
          "TEA-1": { snapshot_quantity: 20, counted_quantity: null, unit_cost: "12.5", currency_code: "cny" },
          "TEA-2": { snapshot_quantity: 10, unit_cost: null },
          "TEA-3": { snapshot_quantity: 5 },
        })

        // Stock moves while counting: 3 TEA-1 leave (a sale shipped), 2 are reserved by an order.
        await api.post(`/admin/inventory-items/${item["TEA-1"]}/location-levels/${loc.hz}`, { stocked_quantity: 17 }, admin)
        await reserve("TEA-1", "hz", 2)

        const typed = (await api.post(`${BASE}/counts/${count.id}/lines`, { lines: [{ sku: "tea-1", counted_quantity: 19 }] }, admin)).data.count
        expect(typed.totals).toMatchObject({ counted: 1, variance_lines: 1, variance_quantity: -1, variance_value: "-12.50", currency_code: "cny" })

        // A sheet with bad rows writes nothing and lists every bad row.
        const bad = await failed(api.post(`${BASE}/counts/${count.id}/import`, { csv: "sku,counted\nTEA-2,9\nTEA-9,4\nTEA-3,-1\n" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain('row 4: counted quantity "-1" of SKU "TEA-3" is not a whole number ≥ 0')
        const unknown = await failed(api.post(`${BASE}/counts/${count.id}/import`, { csv: "sku,counted\nTEA-2,9\nTEA-9,4\n" }, admin))
        expect([unknown.status, unknown.data.message]).toEqual([400, 'row 3: unknown SKU "TEA-9"'])
        expect(bySku(await lines(count.id))["TEA-2"].counted_quantity).toBeNull()

        const imported = (await api.post(`${BASE}/counts/${count.id}/import`, { csv: "\uFEFFSKU,Counted\r\nTEA-2,12\r\nTEA-3,\r\n" }, admin)).data
        expect(imported.updated).toBe(1)
        expect(imported.count.totals).toMatchObject({ counted: 2, variance_lines: 2, variance_quantity: 1 })
        expect((await lines(count.id, "state=uncounted")).map((l: any) => l.sku)).toEqual(["TEA-3"])
        expect((await lines(count.id, "state=variance")).map((l: any) => l.sku)).toEqual(["TEA-1", "TEA-2"])
        expect((await lines(count.id, "q=oolong")).map((l: any) => l.sku)).toEqual(["TEA-2"])

        const csv = (await api.get(`${BASE}/counts/${count.id}/export?format=csv`, admin)).data as string
        expect(csv.replace(/^\uFEFF/, "").split("\r\n").slice(0, 2)).toEqual([
          "sku,counted,title,snapshot,variance,unit_cost,variance_value,currency_code,adjustment,quantity_after",
          "TEA-1,19,Longjing green tea,20,-1,12.5,-12.50,CNY,,",
        ])
        const xlsx = await api.get(`${BASE}/counts/${count.id}/export?format=xlsx`, { ...admin, responseType: "arraybuffer" })
        expect(xlsx.headers["content-type"]).toContain("spreadsheetml")
        expect(Buffer.from(xlsx.data).subarray(0, 2).toString()).toBe("PK")

        const applied = (await api.post(`${BASE}/counts/${count.id}/apply`, {}, admin)).data.count
        expect(applied).toMatchObject({ status: "applied", applied_by: expect.stringMatching(/^user_/), applied_at: expect.any(String) })
        // 17 now, counted 1 fewer than the snapshot: 16 (not the 19 counted, which would undo the sale).
        expect(await level("TEA-1", "hz")).toEqual({ stocked: 16, reserved: 2 })
        expect(await stocked("TEA-2", "hz")).toBe(12)
        expect(await stocked("TEA-3", "hz")).toBe(5) // uncounted: untouched
        expect(bySku(await lines(count.id))).toMatchObject({
          "TEA-1": { applied_adjustment: -1, quantity_after: 16, variance_value: "-12.50" },
          "TEA-2": { applied_adjustment: 2, quantity_after: 12 },
          "TEA-3": { applied_adjustment: null, quantity_after: null },
        })

        const twice = await failed(api.post(`${BASE}/counts/${count.id}/apply`, {}, admin))
        expect([twice.status, twice.data.message]).toEqual([400, `Count #${count.display_id} is applied; only a count that is still counting can be applied.`])
        expect((await failed(api.post(`${BASE}/counts/${count.id}/lines`, { lines: [{ sku: "TEA-3", counted_quantity: 1 }] }, admin))).status).toBe(400)
        expect(await stocked("TEA-1", "hz")).toBe(16)
      })

      it("applies a count once under concurrent requests, and a failure halfway leaves the levels as they were", async () => {
        const count = (await api.post(`${BASE}/counts`, { location_id: loc.hz, q: "tea-1" }, admin)).data.count
        expect(count.totals.lines).toBe(1)
        expect(count.scope).toEqual({ inventory_item_ids: null, q: "tea-1" })
        await api.post(`${BASE}/counts/${count.id}/lines`, { lines: [{ inventory_item_id: item["TEA-1"], counted_quantity: 15 }] }, admin)

        // The levels move, then recording the adjustments fails: the levels go back.
        const warehouse = getContainer().resolve(WAREHOUSE_MODULE) as any
        const original = warehouse.updateStockCountLines
        warehouse.updateStockCountLines = async () => {
          throw new Error("database hiccup")
        }
        try {
          expect((await failed(api.post(`${BASE}/counts/${count.id}/apply`, {}, admin))).status).toBeGreaterThanOrEqual(400)
        } finally {
          warehouse.updateStockCountLines = original
        }
        expect(await stocked("TEA-1", "hz")).toBe(20)
        expect((await api.get(`${BASE}/counts/${count.id}`, admin)).data.count).toMatchObject({ status: "counting", applied_at: null })

        const results = await Promise.allSettled([1, 2, 3].map(() => api.post(`${BASE}/counts/${count.id}/apply`, {}, admin)))
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        expect(await stocked("TEA-1", "hz")).toBe(15)
      })

      it("cancels a count, filters counts, and validates", async () => {
        const a = (await api.post(`${BASE}/counts`, { location_id: loc.hz, inventory_item_ids: [item["TEA-2"], item["TEA-3"]] }, admin)).data.count
        const b = (await api.post(`${BASE}/counts`, { location_id: loc.nb }, admin)).data.count
        expect(a.totals.lines).toBe(2)
        expect(b.totals.lines).toBe(1)
        expect((await api.post(`${BASE}/counts/${b.id}/cancel`, {}, admin)).data.count).toMatchObject({ status: "canceled", canceled_by: expect.stringMatching(/^user_/) })
        expect((await failed(api.post(`${BASE}/counts/${b.id}/apply`, {}, admin))).status).toBe(400)
        const list = (await api.get(`${BASE}/counts?status=counting`, admin)).data
        expect(list.counts.map((c: any) => c.id)).toEqual([a.id])
        expect((await api.get(`${BASE}/counts?location_id=${loc.nb}`, admin)).data.count).toBe(1)

        const empty = await failed(api.post(`${BASE}/counts`, { location_id: loc.sx }, admin))
        expect([empty.status, empty.data.message]).toEqual([400, "No inventory items to count at Shaoxing Dealer."])
        const notThere = await failed(api.post(`${BASE}/counts`, { location_id: loc.nb, inventory_item_ids: [item["TEA-2"]] }, admin))
        expect(notThere.data.message).toContain("has no stock level at Ningbo Dealer")
        expect((await failed(api.post(`${BASE}/counts`, { location_id: "sloc_nope" }, admin))).status).toBe(400)
        const neg = await failed(api.post(`${BASE}/counts/${a.id}/lines`, { lines: [{ sku: "TEA-2", counted_quantity: -2 }] }, admin))
        expect(neg.status).toBe(400)
        const two = await failed(api.post(`${BASE}/counts/${a.id}/lines`, { lines: [{ sku: "TEA-2", inventory_item_id: item["TEA-2"], counted_quantity: 2 }] }, admin))
        expect(two.status).toBe(400)
        const outside = await failed(api.post(`${BASE}/counts/${a.id}/lines`, { lines: [{ sku: "TEA-1", counted_quantity: 2 }] }, admin))
        expect([outside.status, outside.data.message]).toEqual([400, 'entry 1: unknown SKU "TEA-1"'])
        const header = await failed(api.post(`${BASE}/counts/${a.id}/import`, { csv: "item;qty\nTEA-2;1" }, admin))
        expect(header.data.message).toContain('row 1: expected a header with columns "sku" and "counted"')
        expect((await failed(api.get(`${BASE}/counts/stcnt_nope`, admin))).status).toBe(404)
      })
    })

    describe("lookups and item costs", () => {
      it("lists locations and the inventory at one", async () => {
        const { data } = await api.get(`${BASE}/locations?q=dealer`, admin)
        expect(data).toMatchObject({ count: 2, limit: 20, offset: 0 })
        expect(data.locations.map((l: any) => l.name)).toEqual(["Ningbo Dealer", "Shaoxing Dealer"])
        expect(data.locations[0]).toEqual({ id: loc.nb, name: "Ningbo Dealer", address: { city: "Ningbo", country_code: "cn" }, dealer: null })
        expect((await api.get(`${BASE}/locations?owner=producer`, admin)).data.count).toBe(3)
        expect((await api.get(`${BASE}/locations?owner=dealer`, admin)).data.count).toBe(0)
        expect((await failed(api.get(`${BASE}/locations?owner=someone`, admin))).status).toBe(400)

        await reserve("TEA-2", "hz", 4)
        const inv = (await api.get(`${BASE}/inventory?location_id=${loc.hz}`, admin)).data
        expect(inv.count).toBe(3)
        expect(inv.items.find((i: any) => i.sku === "TEA-2")).toEqual({
          inventory_item_id: item["TEA-2"],
          sku: "TEA-2",
          title: "Oolong tea",
          stocked_quantity: 10,
          reserved_quantity: 4,
          available_quantity: 6,
        })
        expect((await api.get(`${BASE}/inventory?location_id=${loc.hz}&q=OOLONG`, admin)).data.items.map((i: any) => i.sku)).toEqual(["TEA-2"])
        expect((await api.get(`${BASE}/inventory?location_id=${loc.hz}&q=tea-3`, admin)).data.items.map((i: any) => i.sku)).toEqual(["TEA-3"])
        expect((await api.get(`${BASE}/inventory?location_id=${loc.sx}`, admin)).data).toMatchObject({ items: [], count: 0 })
        expect((await failed(api.get(`${BASE}/inventory`, admin))).status).toBe(400)
      })

      it("sets, replaces, lists and deletes item costs", async () => {
        const first = (await api.post(`${BASE}/item-costs`, { inventory_item_id: item["TEA-2"], currency_code: "cny", unit_cost: "8.5" }, admin)).data.item_cost
        expect(first).toMatchObject({ inventory_item_id: item["TEA-2"], currency_code: "cny", unit_cost: "8.5" })
        const second = (await api.post(`${BASE}/item-costs`, { inventory_item_id: item["TEA-2"], currency_code: "cny", unit_cost: 9.25 }, admin)).data.item_cost
        expect(second).toMatchObject({ id: first.id, unit_cost: "9.25" })
        expect((await api.get(`${BASE}/item-costs?inventory_item_id=${item["TEA-2"]}`, admin)).data.item_costs).toEqual([second])
        expect((await failed(api.post(`${BASE}/item-costs`, { inventory_item_id: item["TEA-2"], currency_code: "cny", unit_cost: "-1" }, admin))).status).toBe(400)
        expect((await failed(api.post(`${BASE}/item-costs`, { inventory_item_id: item["TEA-2"], currency_code: "yuan", unit_cost: "1" }, admin))).status).toBe(400)
        expect((await failed(api.post(`${BASE}/item-costs`, { inventory_item_id: "iitem_nope", currency_code: "cny", unit_cost: "1" }, admin))).status).toBe(404)
        expect((await api.delete(`${BASE}/item-costs/${first.id}`, admin)).data).toMatchObject({ id: first.id, deleted: true })
        expect((await api.get(`${BASE}/item-costs?inventory_item_id=${item["TEA-2"]}`, admin)).data.item_costs).toEqual([])
        expect((await failed(api.delete(`${BASE}/item-costs/${first.id}`, admin))).status).toBe(404)
      })
    })
  },
})
