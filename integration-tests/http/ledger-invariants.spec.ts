import { distributionTestRunner } from "../helpers/test-runner"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { spawn } from "node:child_process"
import path from "node:path"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { fulfilOrder, getOrder, placeOrder, refundPayment, returnItems, setUpFulfilment } from "../helpers/order-lifecycle"
import { setUpStorefront } from "../helpers/storefront"
import { processPayouts } from "../../src/workflows/payout/utils/process-payouts"
import { InvariantReport, verifyLedgerInvariants } from "../../src/lib/ledger-invariants"

jest.setTimeout(900 * 1000)

/**
 * The ledger invariant checker (issue #8) on a real history made through
 * the HTTP API and the workflows: referral orders split over two levels, a
 * partial return, a partial refund, maturation, a manual payout batch (one
 * paid, one failed and retried), a refund after payout, and a second batch
 * left in draft (money reserved in flight). The checker must say ok; then
 * each invariant is broken in turn, inside a transaction that is rolled
 * back, and the checker must name exactly that invariant and the rows.
 */

// The runner's database, named here so the CLI can be pointed at it.
const DB_NAME = `medusa-ledger-invariants-${process.pid}`
const DB_URL = (() => {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}/${DB_NAME}`
})()

const violated = (report: InvariantReport) => report.invariants.filter((i) => i.violations.length).map((i) => i.id)
const idsOf = (report: InvariantReport, id: number) => report.invariants.find((i) => i.id === id)!.violations.flatMap((v) => v.ids)
const messagesOf = (report: InvariantReport, id: number) => report.invariants.find((i) => i.id === id)!.violations.map((v) => v.message)

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, "../../scripts/verify-ledger.mjs"), ...args], {
      cwd: path.join(__dirname, "../.."),
      env: { ...process.env, NODE_OPTIONS: "" },
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("exit", (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

distributionTestRunner({
  dbName: DB_NAME,
  testSuite: ({ api, getContainer, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let db: Knex
    const dealers: Record<string, any> = {}
    const orders: Record<string, string> = {}
    const payouts: Record<string, any> = {}

    /** Runs the checker on the database as `mutate` leaves it, then rolls everything back. */
    async function corrupted(mutate: (trx: Knex) => Promise<unknown>): Promise<InvariantReport> {
      const trx = await db.transaction()
      try {
        await mutate(trx as unknown as Knex)
        return await verifyLedgerInvariants(trx as unknown as Knex)
      } finally {
        await trx.rollback()
      }
    }

    /** Sales facts follow events in the background: wait (bounded) until the checker agrees, then return its report. */
    async function settledReport(): Promise<InvariantReport> {
      let report = await verifyLedgerInvariants(db)
      for (let i = 0; i < 60 && !report.ok; i++) {
        await utils.waitWorkflowExecutions()
        await new Promise((r) => setTimeout(r, 500))
        report = await verifyLedgerInvariants(db)
      }
      return report
    }

    const one = async (sql: string, bindings: unknown[] = []) => (await db.raw(sql, bindings as any)).rows[0]

    beforeAll(async () => {
      db = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      const tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "T1", name_zh: "一级" }, admin)).data.tier
      // HZ001 → NB101 → NB201; NB201 and NB101 sell.
      for (const [code, parent] of [["HZ001", null], ["NB101", "HZ001"], ["NB201", "NB101"]] as const) {
        const account = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@ledger.test`)
        dealers[code] = (
          await api.post(
            "/admin/distribution/dealers",
            {
              customer_id: account.customer_id,
              tier_id: tier.id,
              display_name: `Dealer ${code}`,
              code,
              ...(parent ? { parent_id: dealers[parent].id } : {}),
            },
            admin
          )
        ).data.dealer
        await api.post(
          `/admin/distribution/dealers/${dealers[code].id}/payout-accounts`,
          { provider_id: "manual", bank_name: "招商银行", account_holder: `Holder ${code}`, account_number: "6222 0212 3456 7890" },
          admin
        )
      }
      await api.post(
        "/admin/distribution/commission/plan",
        {
          rules: [
            { scope_type: "all", level: 1, type: "percentage", rate: "0.15" },
            { scope_type: "all", level: 2, type: "percentage", rate: "0.05" },
            { scope_type: "all", level: 3, type: "fixed", amount: "0.33", currency_code: "cny" },
          ],
        },
        admin
      )

      const mature = (orderId: string) => api.post(`/admin/distribution/commission/orders/${orderId}/mature`, { skip_hold: true }, admin)

      // o1: 2 × 100 through NB201, fulfilled and matured.
      orders.o1 = await placeOrder(api, store, { referralCode: "NB201", quantity: 2, utils })
      await fulfilOrder(api, admin, orders.o1)
      await mature(orders.o1)
      // o2: 3 × 100 through NB201, fulfilled, one returned, matured.
      orders.o2 = await placeOrder(api, store, { referralCode: "NB201", quantity: 3, utils })
      await fulfilOrder(api, admin, orders.o2)
      const o2 = await getOrder(api, admin, orders.o2, "id,*items")
      await returnItems(api, admin, orders.o2, [{ id: o2.items[0].id, quantity: 1 }])
      await utils.waitWorkflowExecutions()
      await mature(orders.o2)
      // o3: 1 × 100 through NB101, partly refunded (a price cut), fulfilled, matured.
      orders.o3 = await placeOrder(api, store, { referralCode: "NB101", quantity: 1, utils })
      await refundPayment(api, admin, orders.o3, 30)
      await utils.waitWorkflowExecutions()
      await fulfilOrder(api, admin, orders.o3)
      await mature(orders.o3)
      // o4: another guest's order without a referral: facts, no commission (the first guest is bound to NB201 by now).
      orders.o4 = await placeOrder(api, store, { quantity: 1, email: "walk-in@shop.test", utils })
      await utils.waitWorkflowExecutions()

      // A manual batch: NB201 paid; NB101 fails and its retry is paid.
      const batch = (await api.post("/admin/distribution/payouts/batches", { currency_code: "cny", provider_id: "manual" }, admin)).data.batch
      await api.post(`/admin/distribution/payouts/batches/${batch.id}/approve`, {}, admin)
      await utils.waitWorkflowExecutions()
      await processPayouts(getContainer())
      const inBatch = (await api.get(`/admin/distribution/payouts?batch_id=${batch.id}&limit=100`, admin)).data.payouts
      const byCode = Object.fromEntries(inBatch.map((p: any) => [p.dealer.code, p]))
      expect(Object.keys(byCode).sort()).toEqual(["NB101", "NB201"])
      payouts.paid = (await api.post(`/admin/distribution/payouts/${byCode.NB201.id}/mark-paid`, { reference: "CMB-1" }, admin)).data.payout
      payouts.failed = (await api.post(`/admin/distribution/payouts/${byCode.NB101.id}/mark-failed`, { reason: "Account closed" }, admin)).data.payout
      payouts.retry = (await api.post(`/admin/distribution/payouts/${byCode.NB101.id}/retry`, {}, admin)).data.payout
      await utils.waitWorkflowExecutions()
      await processPayouts(getContainer())
      await api.post(`/admin/distribution/payouts/${payouts.retry.id}/mark-paid`, { reference: "ICBC-2" }, admin)

      // A refund after payout: claws back paid commission (available goes negative).
      await refundPayment(api, admin, orders.o1, 50)
      await utils.waitWorkflowExecutions()

      // A second batch left in draft: HZ001's adjustment reserved in flight.
      await api.post(
        "/admin/distribution/commission/adjustments",
        { dealer_id: dealers.HZ001.id, amount: "42.50", currency_code: "cny", reason: "Bonus", idempotency_key: "ledger-inv-bonus-1" },
        admin
      )
      payouts.draftBatch = (await api.post("/admin/distribution/payouts/batches", { currency_code: "cny", provider_id: "manual" }, admin)).data.batch
      payouts.draft = (await api.get(`/admin/distribution/payouts?batch_id=${payouts.draftBatch.id}&limit=100`, admin)).data.payouts[0]
      await utils.waitWorkflowExecutions()
    })

    it("reports every invariant holding on the real history, and the balances the API reports are plain sums", async () => {
      const report = await settledReport()
      expect(report.invariants.map((i) => [i.id, i.violations])).toEqual([1, 2, 3, 4, 5, 6].map((id) => [id, []]))
      expect(report.ok).toBe(true)
      // The history is what the test means it to be: something was checked everywhere.
      const checked = Object.fromEntries(report.invariants.map((i) => [i.id, i.checked]))
      expect(checked[1]).toBeGreaterThanOrEqual(6) // 3 orders × 2 levels of accruals, + attributions
      expect(checked[4]).toBe(4) // paid, failed, retry, draft
      expect(checked[5]).toBe(3)
      expect(checked[6]).toBe(4)
      const kinds = (await db.raw(`SELECT kind, status, count(*)::int AS n FROM commission_entry GROUP BY 1, 2 ORDER BY 1, 2`)).rows
      expect(kinds).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: "reversal" }),
          expect.objectContaining({ kind: "payout", status: "paid" }),
          expect.objectContaining({ kind: "adjustment", status: "reserved" }),
        ])
      )
      expect(payouts.draft).toEqual(expect.objectContaining({ status: "draft" }))
      expect(Number(payouts.draft.amount)).toBeGreaterThan(42.5) // the bonus and HZ001's level-2 and level-3 commission

      // What the admin API reports as a dealer's balance is the plain sum of its entries by status.
      for (const dealer of Object.values(dealers)) {
        const balances = (await api.get(`/admin/distribution/dealers/${dealer.id}/balance`, admin)).data.balances
        const sums = (
          await db.raw(
            `SELECT currency_code, status, sum(amount) AS amount FROM commission_entry
              WHERE dealer_id = ? AND deleted_at IS NULL AND kind <> 'payout' GROUP BY 1, 2`,
            [dealer.id]
          )
        ).rows
        for (const b of balances) {
          for (const status of ["pending", "available", "reserved", "paid"]) {
            const sum = sums.find((s: any) => s.currency_code === b.currency_code && s.status === status)
            expect(Number(b[status])).toBeCloseTo(Number(sum?.amount ?? 0), 8)
          }
        }
      }
    })

    it("1: a second attribution of an order, or a second accrual of a line and level", async () => {
      const attribution = await one(`SELECT * FROM distribution_order_attribution WHERE order_id = ?`, [orders.o1])
      const twice = await corrupted(async (trx) => {
        await trx.raw(`DROP INDEX "IDX_distribution_order_attribution_order_id_unique"`)
        await trx.raw(
          `INSERT INTO distribution_order_attribution (id, order_id, cart_id, customer_id, dealer_id, link_id, source, reason, commissionable, chain)
           SELECT 'oattr_CORRUPT', order_id, cart_id, customer_id, dealer_id, link_id, source, reason, commissionable, chain
             FROM distribution_order_attribution WHERE id = ?`,
          [attribution.id]
        )
      })
      expect(violated(twice)).toEqual([1])
      expect(idsOf(twice, 1)).toEqual(expect.arrayContaining([orders.o1, attribution.id, "oattr_CORRUPT"]))

      // A copy of an accrual under another key, pending (its sales fact follows, so only #1 breaks).
      const accrual = await one(`SELECT * FROM commission_entry WHERE order_id = ? AND kind = 'accrual' AND level = 2`, [orders.o3])
      const doubled = await corrupted(async (trx) => {
        await trx.raw(
          `INSERT INTO commission_entry (id, dealer_id, kind, status, amount, raw_amount, currency_code, order_id, order_display_id,
                                         line_item_id, product_title, level, base, rate, rule_id, rule_type, idempotency_key)
           SELECT 'cment_CORRUPT', dealer_id, kind, 'pending', amount, raw_amount, currency_code, order_id, order_display_id,
                  line_item_id, product_title, level, base, rate, rule_id, rule_type, 'corrupt:accrual'
             FROM commission_entry WHERE id = ?`,
          [accrual.id]
        )
        await trx.raw(`UPDATE sales_fact SET commission_amount = commission_amount + ? WHERE line_item_id = ?`, [accrual.amount, accrual.line_item_id])
      })
      expect(violated(doubled)).toEqual([1])
      expect(idsOf(doubled, 1)).toEqual(expect.arrayContaining([accrual.id, "cment_CORRUPT"]))
      expect(messagesOf(doubled, 1)).toEqual([expect.stringMatching(/has 2 accruals at level 2/)])
    })

    it("2: reversals adding up to more than their accrual", async () => {
      const accrual = await one(
        `SELECT a.*, coalesce((SELECT -sum(r.amount) FROM commission_entry r WHERE r.reverses_entry_id = a.id), 0) AS reversed
           FROM commission_entry a WHERE a.order_id = ? AND a.kind = 'accrual' AND a.level = 1`,
        [orders.o2]
      )
      expect(Number(accrual.reversed)).toBeGreaterThan(0) // the return reversed part of it
      const over = await corrupted(async (trx) => {
        // One cent more than what is left to reverse.
        const extra = `-(${accrual.amount} - ${accrual.reversed} + 0.01)`
        await trx.raw(
          `INSERT INTO commission_entry (id, dealer_id, kind, status, amount, raw_amount, currency_code, order_id, line_item_id, level,
                                         reverses_entry_id, idempotency_key)
           SELECT 'cment_OVER', dealer_id, 'reversal', 'pending', ${extra}, '{"value":"0","precision":20}'::jsonb, currency_code, order_id,
                  line_item_id, level, id, 'corrupt:reversal'
             FROM commission_entry WHERE id = ?`,
          [accrual.id]
        )
        await trx.raw(`UPDATE sales_fact SET commission_amount = commission_amount + ${extra} WHERE line_item_id = ?`, [accrual.line_item_id])
      })
      expect(violated(over)).toEqual([2])
      expect(idsOf(over, 2)).toEqual(expect.arrayContaining([accrual.id, "cment_OVER"]))
    })

    it("3: money paid but available again, or held by a payout in flight but available", async () => {
      // An accrual the first payout paid, put back to available.
      const paid = await one(
        `SELECT e.id FROM commission_entry e JOIN commission_entry_transition t ON t.entry_id = e.id
          WHERE t.payout_id = ? AND t.to_status = 'paid' AND e.kind = 'accrual' LIMIT 1`,
        [payouts.paid.id]
      )
      const unpaid = await corrupted((trx) => trx.raw(`UPDATE commission_entry SET status = 'available' WHERE id = ?`, [paid.id]))
      expect(violated(unpaid)).toEqual([3])
      expect(idsOf(unpaid, 3)).toEqual(expect.arrayContaining([paid.id, payouts.paid.id, dealers.NB201.id]))
      expect(messagesOf(unpaid, 3).join("\n")).toMatch(/marked paid but payouts paid/)

      // The draft payout's reserved adjustment, made available while still reserved.
      const held = await one(`SELECT id FROM commission_entry WHERE dealer_id = ? AND status = 'reserved'`, [dealers.HZ001.id])
      const both = await corrupted((trx) => trx.raw(`UPDATE commission_entry SET status = 'available' WHERE id = ?`, [held.id]))
      expect(violated(both)).toEqual([3])
      expect(idsOf(both, 3)).toEqual(expect.arrayContaining([held.id, payouts.draft.id]))
      expect(messagesOf(both, 3).join("\n")).toMatch(new RegExp(`entry ${held.id} is held by payout ${payouts.draft.id} \\(draft\\) but is available`))

      // An adjustment written straight into `paid`: paid without a payout, and no move recorded.
      const unexplained = await corrupted((trx) =>
        trx.raw(
          `INSERT INTO commission_entry (id, dealer_id, kind, status, amount, raw_amount, currency_code, reason, idempotency_key)
           VALUES ('cment_PAID', ?, 'adjustment', 'paid', 5, '{"value":"5","precision":20}'::jsonb, 'cny', 'corrupt', 'corrupt:paid')`,
          [dealers.NB201.id]
        )
      )
      expect(violated(unexplained)).toEqual([3])
      expect(messagesOf(unexplained, 3)).toEqual(
        expect.arrayContaining([expect.stringMatching(/marked paid but payouts paid/), "adjustment cment_PAID is paid but no move was ever recorded for it"])
      )
    })

    it("4: a request number used twice, a transfer claimed by two payouts", async () => {
      const twice = await corrupted(async (trx) => {
        await trx.raw(`DROP INDEX "IDX_payout_out_bill_no_unique"`)
        // A copy of the paid payout, failed (so its money is not counted twice), under the same request number.
        await trx.raw(
          `INSERT INTO payout (id, dealer_id, account_id, account_snapshot, provider_id, currency_code, amount, raw_amount, status,
                               out_bill_no, batch_id, ledger_synced_at)
           SELECT 'po_CORRUPT', dealer_id, account_id, account_snapshot, provider_id, currency_code, amount, raw_amount, 'failed',
                  out_bill_no, batch_id, now()
             FROM payout WHERE id = ?`,
          [payouts.paid.id]
        )
      })
      expect(violated(twice)).toEqual([4])
      expect(idsOf(twice, 4)).toEqual(expect.arrayContaining([payouts.paid.id, "po_CORRUPT"]))

      const shared = await corrupted((trx) =>
        trx.raw(`UPDATE payout SET provider_reference = 'TRANSFER-1' WHERE id IN (?, ?)`, [payouts.paid.id, payouts.retry.id])
      )
      expect(violated(shared)).toEqual([4])
      expect(messagesOf(shared, 4)).toEqual([expect.stringMatching(/transfer TRANSFER-1 \(manual\) is claimed by 2 payouts/)])
      expect(idsOf(shared, 4).sort()).toEqual([payouts.paid.id, payouts.retry.id].sort())
    })

    it("5: a split that the commission function does not reproduce from its frozen inputs", async () => {
      const order = await one(`SELECT id, order_id FROM commission_order WHERE order_id = ?`, [orders.o2])
      const report = await corrupted((trx) =>
        trx.raw(`UPDATE commission_order SET plan_snapshot = jsonb_set(plan_snapshot, '{0,rate}', '"0.16"') WHERE id = ?`, [order.id])
      )
      expect(violated(report)).toEqual([5])
      expect(idsOf(report, 5)).toEqual(expect.arrayContaining([orders.o2, order.id]))
      expect(messagesOf(report, 5).join("\n")).toMatch(/not what the commission function computes/)
    })

    it("6: a sales fact that no longer ties out to the ledger or the order", async () => {
      const fact = await one(`SELECT id, line_item_id FROM sales_fact WHERE order_id = ?`, [orders.o1])
      const report = await corrupted((trx) =>
        trx.raw(`UPDATE sales_fact SET commission_amount = commission_amount + 1, quantity = quantity + 1 WHERE id = ?`, [fact.id])
      )
      expect(violated(report)).toEqual([6])
      expect(idsOf(report, 6)).toEqual(expect.arrayContaining([fact.id, orders.o1, fact.line_item_id]))
      expect(messagesOf(report, 6)).toEqual([expect.stringMatching(/quantity 3, the order says 2; commission .*, the ledger says/)])
    })

    it("the CLI: exit 0 with one line per invariant on this database, 2 when it can not connect", async () => {
      const ok = await runCli(["--database-url", DB_URL])
      expect(ok.stderr).toBe("")
      expect(ok.code).toBe(0)
      expect(ok.stdout.split("\n").filter((l) => /^ok +\d /.test(l))).toHaveLength(6)
      expect(ok.stdout).toMatch(/OK: all 6 ledger invariants hold/)

      const json = await runCli(["--database-url", DB_URL, "--json", "--only", "4"])
      expect(json.code).toBe(0)
      expect(JSON.parse(json.stdout)).toEqual(expect.objectContaining({ ok: true, invariants: [expect.objectContaining({ id: 4, checked: 4 })] }))

      const missing = await runCli(["--database-url", DB_URL.replace(/\/[^/]+$/, "/no_such_database_for_ledger")])
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/can not connect/)
      expect((await runCli(["--bogus"])).code).toBe(2)
    })
  },
})
