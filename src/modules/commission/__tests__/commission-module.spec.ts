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
        { currency_code: "cny", pending: "0", available: "12.30", paid: "0", total: "12.30" },
      ])
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
    })
  },
})
