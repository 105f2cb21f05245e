import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { COMMISSION_MODULE } from "../../../types/module-names"
import type CommissionModuleService from "../service"
import type { NewLedgerEntry } from "../ledger-rows"

jest.setTimeout(60 * 1000)

const accrual = (over: Partial<NewLedgerEntry> = {}): NewLedgerEntry => ({
  idempotency_key: "accrual:li_1:1",
  dealer_id: "dlr_1",
  kind: "accrual",
  status: "pending",
  amount: "12.30",
  currency_code: "CNY",
  order_id: "order_1",
  line_item_id: "li_1",
  level: 1,
  base: "123",
  rate: "0.1",
  ...over,
})

moduleIntegrationTestRunner<CommissionModuleService>({
  moduleName: COMMISSION_MODULE,
  resolve: path.join(__dirname, ".."),
  moduleOptions: {},
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (query: string) => MikroOrmWrapper.forkManager().getConnection().execute(query)

    it("writes an entry once per idempotency key, whatever the concurrency", async () => {
      const results = await Promise.all([1, 2, 3, 4].map(() => service.appendEntries([accrual()])))
      expect(results.flat()).toHaveLength(1)
      const { entries, count, totals } = await service.listLedger({ dealer_id: "dlr_1" }, { offset: 0, limit: 10 })
      expect(count).toBe(1)
      expect(entries[0]).toEqual(expect.objectContaining({ amount: "12.30", currency_code: "cny", base: "123", rate: "0.1" }))
      expect(totals).toEqual([{ currency_code: "cny", amount: "12.30" }])
    })

    it("keeps the ledger append-only: amounts never change, rows are never deleted", async () => {
      await service.appendEntries([accrual()])
      await expect(sql("UPDATE commission_entry SET amount = 99")).rejects.toThrow(/append-only/)
      await expect(sql("DELETE FROM commission_entry")).rejects.toThrow(/append-only/)
      await expect(
        service.appendEntries([accrual({ idempotency_key: "bad", amount: "-1.00" })])
      ).rejects.toThrow(/commission_entry_amount_sign/)
    })

    it("moves statuses only from the expected one and records each move", async () => {
      const [{ id }] = await service.appendEntries([accrual()])
      const move = { from: "pending", to: "available", reason: "matured" } as const
      expect(await service.moveEntries([id], move)).toEqual([id])
      expect(await service.moveEntries([id], move)).toEqual([])
      const transitions = await service.listCommissionEntryTransitions({ entry_id: id } as any)
      expect(transitions).toEqual([expect.objectContaining({ from_status: "pending", to_status: "available", reason: "matured" })])
      expect(await service.balances("dlr_1")).toEqual([
        { currency_code: "cny", pending: "0", available: "12.30", reserved: "0", paid: "0", paid_out: "0", total: "12.30" },
      ])
    })

    it("reserves a dealer's available money for one payout only, however many ask at once", async () => {
      await service.appendEntries([
        accrual({ status: "available" }),
        accrual({ idempotency_key: "adjustment:a", kind: "adjustment", amount: "7.70", order_id: null, line_item_id: null }),
        accrual({ idempotency_key: "accrual:li_2:1", status: "available", amount: "5.00", line_item_id: "li_2" }),
        accrual({ idempotency_key: "accrual:li_3:1", dealer_id: "dlr_2", status: "available", amount: "3.00" }),
      ])
      await sql("UPDATE commission_entry SET status = 'available' WHERE kind = 'adjustment'")
      const ask = (payoutId: string) =>
        service.reserveForPayouts([{ payout_id: payoutId, dealer_id: "dlr_1", currency_code: "cny", minimum: "10" }], null)
      const results = (await Promise.all(["po_a", "po_b", "po_c"].map(ask))).flat()
      expect(results).toEqual([expect.objectContaining({ dealer_id: "dlr_1", amount: "25.00", entry_count: 3 })])
      const winner = results[0].payout_id
      expect((await service.balances("dlr_1"))[0]).toEqual(expect.objectContaining({ available: "0", reserved: "25.00", total: "25.00" }))
      // Below the minimum nothing moves.
      expect(
        await service.reserveForPayouts([{ payout_id: "po_d", dealer_id: "dlr_2", currency_code: "cny", minimum: "10" }], null)
      ).toEqual([])

      // Settled once, however often it is told: entries paid, one payout entry.
      const settle = () => service.settlePayout({ payout_id: winner, dealer_id: "dlr_1", currency_code: "cny", amount: "25.00" })
      expect(await settle()).toEqual({ moved: 3, written: 1 })
      expect(await settle()).toEqual({ moved: 0, written: 0 })
      expect((await service.balances("dlr_1"))[0]).toEqual(
        expect.objectContaining({ available: "0", reserved: "0", paid: "25.00", paid_out: "25.00", total: "0.00" })
      )
      // A payout entry must move money: a zero one is refused by the sign check.
      await expect(
        service.appendEntries([accrual({ idempotency_key: "payout:x", kind: "payout", amount: "0", status: "paid" })])
      ).rejects.toThrow(/commission_entry_amount_sign/)
    })

    it("a failed payout gives its money back, and a late release never takes money another payout holds", async () => {
      await service.appendEntries([accrual({ status: "available", amount: "20.00" })])
      const [first] = await service.reserveForPayouts(
        [{ payout_id: "po_1", dealer_id: "dlr_1", currency_code: "cny", minimum: "10" }],
        null
      )
      expect(await service.releasePayout("po_1", "payout_failed", null)).toEqual({ moved: 1 })
      const [retry] = await service.reserveForPayouts(
        [
          {
            payout_id: "po_2",
            dealer_id: "dlr_1",
            currency_code: "cny",
            minimum: "0.01",
            entry_ids: await service.listPayoutEntryIdsEver("po_1"),
          },
        ],
        null
      )
      expect(retry.amount).toBe(first.amount)
      // The first payout's release, repeated late (a retried workflow), moves nothing: po_2 holds the entry now.
      expect(await service.releasePayout("po_1", "payout_failed", null)).toEqual({ moved: 0 })
      expect(await service.listPayoutEntryIds("po_1")).toEqual([])
      expect(await service.listPayoutEntryIds("po_2")).toHaveLength(1)
      expect((await service.balances("dlr_1"))[0]).toEqual(expect.objectContaining({ available: "0", reserved: "20.00" }))
    })

    it("sums period figures: opening before the range, totals inside, closing after", async () => {
      await service.appendEntries([
        accrual(),
        accrual({ idempotency_key: "reversal:x:1", kind: "reversal", amount: "-2.30", reverses_entry_id: "x" }),
        accrual({ idempotency_key: "adjustment:1", kind: "adjustment", status: "available", amount: "5", order_id: null }),
      ])
      const now = new Date()
      const { rows } = await service.periodTotals(
        { from: new Date(now.getTime() - 60_000), to: new Date(now.getTime() + 60_000) },
        {},
        { offset: 0, limit: 10 }
      )
      expect(rows).toEqual([
        expect.objectContaining({
          dealer_id: "dlr_1",
          opening_balance: "0",
          closing_balance: "15.00",
          by_kind: { accrual: "12.30", reversal: "-2.30", adjustment: "5", payout: "0" },
          entry_count: 3,
        }),
      ])
      // A dealer's statement figures in one query: the same sums, its currencies, no snapshot of an open range.
      const range = { period: null, from: new Date(now.getTime() - 60_000), to: new Date(now.getTime() + 60_000) }
      const figures = await service.dealerStatementFigures("dlr_1", range)
      expect(figures).toEqual({ currencies: ["cny"], totals: rows, snapshots: [] })
      expect((await service.dealerStatementFigures("dlr_1", range, "USD")).totals).toEqual([])
      expect(await service.dealerStatementFigures("dlr_nobody", range)).toEqual({ currencies: [], totals: [], snapshots: [] })
      // Entries after the range count as a currency, not as totals of the range.
      const before = { period: null, from: new Date(now.getTime() - 120_000), to: new Date(now.getTime() - 60_000) }
      expect(await service.dealerStatementFigures("dlr_1", before)).toEqual({ currencies: ["cny"], totals: [], snapshots: [] })
    })

    it("streams a range's entries in pages, every entry once, when a page ends inside one created_at", async () => {
      // One insert: every row has the same created_at, with microseconds a JS Date does not keep.
      await service.appendEntries(
        Array.from({ length: 7 }, (_, i) => accrual({ idempotency_key: `accrual:li_${i}:1`, line_item_id: `li_${i}` }))
      )
      const now = new Date()
      const range = { from: new Date(now.getTime() - 60_000), to: new Date(now.getTime() + 60_000) }
      const ids: string[] = []
      for await (const row of service.streamEntries({ dealer_id: "dlr_1", currency_code: null, ...range }, 2)) {
        ids.push(row.id)
        if (ids.length > 20) break // a cursor that repeats rows would never end
      }
      const all = (await service.listLedger({ dealer_id: "dlr_1" }, { offset: 0, limit: 20 })).entries.map((e) => e.id)
      expect(ids).toHaveLength(7)
      expect([...ids].sort()).toEqual([...all].sort())
    })
  },
})
