import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import type DistributionModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<DistributionModuleService>({
  moduleName: DISTRIBUTION_MODULE,
  resolve: path.join(__dirname, ".."),
  moduleOptions: { max_depth: 3 },
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    let tierId: string

    beforeEach(async () => {
      const tier = await service.createDealerTiers({ code: "T1", name_en: "Tier 1", name_zh: "一级", rank: 1 })
      tierId = tier.id
    })

    const place = (code: string, parent_id: string | null = null) =>
      service.placeDealer({ code, display_name: code, customer_id: `cus_${code}`, tier_id: tierId, parent_id })

    it("places dealers with materialized paths and reads uplines nearest first", async () => {
      const a = await place("A")
      const b = await place("B", a.id)
      const c = await place("C", b.id)
      expect([a.depth, b.depth, c.depth]).toEqual([1, 2, 3])
      expect(c.path).toBe(`${a.id}/${b.id}/${c.id}/`)
      expect((await service.listUpline(c.id)).map((d) => d.code)).toEqual(["B", "A"])
      expect(await service.listUpline(a.id)).toEqual([])
      await expect(place("D", c.id)).rejects.toThrow(/maximum of 3 levels/)
    })

    it("reads an upline as plain rows, nearest first, with what every caller reads (as the ORM read gave it)", async () => {
      const t2 = await service.createDealerTiers({ code: "T2", name_en: "Tier 2", name_zh: "二级", rank: 2 })
      const a = await place("A")
      const b = await service.placeDealer({ code: "B", display_name: "Bee", customer_id: "cus_B", tier_id: t2.id, parent_id: a.id })
      const c = await place("C", b.id)
      await service.updateDealers({ id: b.id, status: "suspended" })

      const upline = await service.listUpline(c.id)
      // Nearest first; the columns the dealer, binding-view, preview and attribution chain read, and the tier.
      expect(upline).toEqual([
        {
          id: b.id, code: "B", display_name: "Bee", status: "suspended", depth: 2, parent_id: a.id, path: `${a.id}/${b.id}/`, tier_id: t2.id,
          tier: { id: t2.id, code: "T2", name_en: "Tier 2", name_zh: "二级", rank: 2 },
        },
        {
          id: a.id, code: "A", display_name: "A", status: "active", depth: 1, parent_id: null, path: `${a.id}/`, tier_id: tierId,
          tier: { id: tierId, code: "T1", name_en: "Tier 1", name_zh: "一级", rank: 1 },
        },
      ])
      // The same dealers, order and values as the ORM read it replaced (listDealers by the path's ids, with the tier).
      const entities = await service.listDealers({ id: [b.id, a.id] }, { relations: ["tier"] })
      const orm = [b.id, a.id].map((id) => entities.find((d) => d.id === id)!)
      const pick = (d: any) => ({
        id: d.id, code: d.code, display_name: d.display_name, status: d.status, depth: d.depth, parent_id: d.parent_id ?? null,
        path: d.path, tier_id: d.tier_id ?? d.tier?.id,
        tier: { id: d.tier.id, code: d.tier.code, name_en: d.tier.name_en, name_zh: d.tier.name_zh, rank: d.tier.rank },
      })
      expect(upline.map(pick)).toEqual(orm.map(pick))

      // A soft-deleted dealer drops out of the upline; a missing or soft-deleted dealer has none to read.
      await service.softDeleteDealers([b.id])
      expect((await service.listUpline(c.id)).map((d) => d.code)).toEqual(["A"])
      await expect(service.listUpline(b.id)).rejects.toThrow(/was not found/)
      await expect(service.listUpline("dlr_missing")).rejects.toThrow(/was not found/)
    })

    it("reads a downline by path range, level-limited, and counts heads", async () => {
      const a = await place("A")
      const b1 = await place("B1", a.id)
      const b2 = await place("B2", a.id)
      await place("C1", b1.id)
      await place("C2", b1.id)
      const other = await place("X")
      await place("Y", other.id)

      expect((await service.listDownline(a.id)).map((d) => d.code).sort()).toEqual(["B1", "B2", "C1", "C2"])
      expect((await service.listDownline(a.id, 1)).map((d) => d.code).sort()).toEqual(["B1", "B2"])
      expect(await service.listDownline(b2.id)).toEqual([])
      // Plain rows (no ORM entities), parents before children, with the tier.
      const rows = await service.listDownline(a.id)
      expect(rows[0]).toEqual(
        expect.objectContaining({ code: "B1", depth: 2, parent_id: a.id, tier: expect.objectContaining({ id: tierId, code: "T1", rank: 1 }) })
      )
      // A page: level by level, capped, with the whole downline's size.
      const page = await service.listDownlinePage(a.id, { limit: 3 })
      expect(page.root).toEqual({ id: a.id, depth: 1 })
      expect(page.total).toBe(4)
      expect(page.dealers.map((d) => d.depth)).toEqual([2, 2, 3])
      expect((await service.listDownlinePage(a.id, { maxLevels: 1, limit: 10 })).total).toBe(2)
      expect(await service.listDownlinePage(b2.id, { limit: 10 })).toEqual({ root: { id: b2.id, depth: 2 }, dealers: [], total: 0 })
      await expect(service.listDownlinePage("dlr_missing", { limit: 10 })).rejects.toThrow(/was not found/)
      expect(await service.countDownlines([a.id, b1.id, b2.id, other.id])).toEqual({
        [a.id]: { direct: 2, total: 4 },
        [b1.id]: { direct: 2, total: 2 },
        [b2.id]: { direct: 0, total: 0 },
        [other.id]: { direct: 1, total: 1 },
      })
      expect(await service.countDealersByTier([tierId])).toEqual({ [tierId]: 7 })
    })

    it("does not mistake an id that merely starts like another for its downline", async () => {
      const a = await place("A")
      // A dealer whose id extends A's id must not count as A's downline.
      await service.createDealers({
        id: `${a.id}x`,
        code: "LOOKALIKE",
        display_name: "lookalike",
        customer_id: "cus_lookalike",
        tier_id: tierId,
        path: `${a.id}x/`,
        depth: 1,
      } as any)
      expect(await service.listDownline(a.id)).toEqual([])
      expect((await service.countDownlines([a.id]))[a.id]).toEqual({ direct: 0, total: 0 })
    })

    it("moves a whole subtree in one statement and refuses cycles", async () => {
      const a = await place("A")
      const b = await place("B", a.id)
      const c = await place("C", b.id)
      const x = await place("X")

      const moved = await service.moveDealer(b.id, x.id)
      expect(moved).toEqual({ dealer_id: b.id, from_parent_id: a.id, to_parent_id: x.id, moved_count: 2 })
      const after = await service.retrieveDealer(c.id)
      expect([after.path, after.depth]).toEqual([`${x.id}/${b.id}/${c.id}/`, 3])
      expect(await service.countDownlines([a.id])).toEqual({ [a.id]: { direct: 0, total: 0 } })

      await expect(service.moveDealer(x.id, c.id)).rejects.toThrow(/cycle/)
      await expect(service.moveDealer("dlr_missing", null)).rejects.toThrow(/was not found/)
    })

    it("serialises concurrent moves: two dealers moved under each other never form a cycle", async () => {
      const a = await place("A")
      const b = await place("B")
      const results = await Promise.allSettled([service.moveDealer(a.id, b.id), service.moveDealer(b.id, a.id)])
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect(results.find((r) => r.status === "rejected")).toEqual(
        expect.objectContaining({ reason: expect.objectContaining({ message: expect.stringMatching(/cycle/) }) })
      )
      const [da, db] = await Promise.all([service.retrieveDealer(a.id), service.retrieveDealer(b.id)])
      expect([da.depth, db.depth].sort()).toEqual([1, 2])
    })

    it("enforces one dealer per customer and one open application per customer in the database", async () => {
      await place("A")
      await expect(
        service.createDealers({
          code: "OTHER",
          display_name: "other",
          customer_id: "cus_A",
          tier_id: tierId,
          path: "dlr_other/",
          depth: 1,
        } as any)
      ).rejects.toThrow()

      const first = await service.createDealerApplications({ customer_id: "cus_z", contact_name: "Z", phone: "13800000000" })
      await expect(
        service.createDealerApplications({ customer_id: "cus_z", contact_name: "Z", phone: "13800000000" })
      ).rejects.toThrow()
      await service.updateDealerApplications({ id: first.id, status: "rejected" })
      await expect(
        service.createDealerApplications({ customer_id: "cus_z", contact_name: "Z", phone: "13800000000" })
      ).resolves.toEqual(expect.objectContaining({ status: "pending" }))
    })

    it("exposes its validated options", () => {
      expect(service.getOptions()).toEqual(expect.objectContaining({ max_depth: 3 }))
    })
  },
})
