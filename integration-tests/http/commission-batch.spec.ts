import { distributionTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import { cancelOrder, placeOrder } from "../helpers/order-lifecycle"
import { accrueOrderBatchWorkflow, accrueOrderCommissionWorkflow, attributeOrderWorkflow } from "../../src/workflows"
import { accrueOrderBacklog, findUnaccruedOrders } from "../../src/workflows/commission/utils/accrue-order-backlog"
import attributePlacedOrder from "../../src/subscribers/attribute-placed-order"
import {
  COMMISSION_ORDER_FIELDS,
  toCommissionOrderState,
} from "../../src/workflows/commission/utils/load-order-states"
import { SALES_FACT_ORDER_FIELDS, toFactOrder } from "../../src/workflows/reporting/utils/sync-sales-facts"

jest.setTimeout(600 * 1000)

/**
 * The batched accrual (accrueOrderBatchWorkflow, drained by accrueOrderBacklog)
 * against the order.placed subscriber (itself a batch of one order) and the
 * per-order workflows (attributeOrderWorkflow + accrueOrderCommissionWorkflow):
 * the same orders through each write the same rows; a batch run twice, or racing the
 * per-order workflows, writes each row once; a failure in its last write
 * leaves nothing behind.
 *
 * Also the commission order reader (the one read accrual and the sales facts
 * share) against the order module's own totals, in a block of its own at the
 * end (it was commission-order-reader.spec.ts; here to save a Medusa boot).
 */
distributionTestRunner({
  testSuite: ({ api, getContainer, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let A: any
    let B: any
    let C: any
    const orderIds: string[] = []
    /** The rows the per-order path (the subscriber, then the cancel event) wrote. */
    let perOrder: Awaited<ReturnType<typeof rowsOf>>

    const sql = async (text: string, params: unknown[] = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, params as any)).rows as any[]

    /**
     * Every row accrual writes for the orders, without ids and timestamps. A
     * reversal names its accrual by the accrual's idempotency key (ids differ).
     */
    async function rowsOf(ids: string[]) {
      return {
        attributions: await sql(
          `SELECT order_id, cart_id, customer_id, dealer_id, link_id, source, reason, commissionable, chain
             FROM distribution_order_attribution WHERE order_id IN (${ids.map(() => "?").join(",")}) ORDER BY order_id`,
          ids
        ),
        bindings: await sql(
          `SELECT customer_id, dealer_id, link_id, source, order_id, ended_at IS NULL AS current, expires_at IS NULL AS no_expiry
             FROM distribution_customer_binding WHERE order_id IN (${ids.map(() => "?").join(",")}) ORDER BY order_id`,
          ids
        ),
        splits: await sql(
          `SELECT order_id, order_display_id, dealer_id, chain_dealer_ids, currency_code, base_total::text, commission_total::text,
                  placed_at, inputs, plan_snapshot, split
             FROM commission_order WHERE order_id IN (${ids.map(() => "?").join(",")}) ORDER BY order_id`,
          ids
        ),
        entries: await sql(
          `SELECT regexp_replace(e.idempotency_key, 'cment_[0-9A-Z]+', coalesce(acc.idempotency_key, '')) AS key,
                  e.dealer_id, e.kind, e.status, e.amount::text, e.raw_amount, e.currency_code, e.order_id, e.order_display_id,
                  e.line_item_id, e.product_title, e.level, e.base::text, e.rate::text, e.rule_id, e.rule_type, e.reason,
                  acc.idempotency_key AS reverses
             FROM commission_entry e LEFT JOIN commission_entry acc ON acc.id = e.reverses_entry_id
            WHERE e.order_id IN (${ids.map(() => "?").join(",")}) ORDER BY 1`,
          ids
        ),
        facts: await sql(
          `SELECT order_id, line_item_id, order_display_id, placed_at, customer_id, dealer_id, dealer_tier_id, upline_dealer_ids,
                  product_id, variant_id, sku, product_title, collection_id, category_ids, region_id, country_code,
                  sales_channel_id, currency_code, quantity, returned_quantity, net_amount::text, refunded_amount::text,
                  commission_amount::text, canceled
             FROM sales_fact WHERE order_id IN (${ids.map(() => "?").join(",")}) ORDER BY line_item_id`,
          ids
        ),
      }
    }

    /** Back to "placed, nothing attributed or accrued" (TRUNCATE: the ledger refuses row deletes). */
    async function forgetAccruals() {
      await sql(
        `TRUNCATE commission_entry_transition, commission_entry, commission_order, distribution_order_attribution, sales_fact`
      )
      await sql(`DELETE FROM distribution_customer_binding WHERE source = 'order'`)
    }

    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      const tiers: Record<string, any> = {}
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
      await api.post(
        "/admin/distribution/commission/plan",
        {
          rules: [
            { scope_type: "all", level: 1, type: "percentage", rate: "0.10" },
            { scope_type: "all", level: 2, type: "percentage", rate: "0.05" },
            { scope_type: "all", level: 3, type: "fixed", amount: "1.50", currency_code: "cny" },
          ],
        },
        admin
      )

      // The per-order path: storefront checkouts, the order.placed subscriber, a cancel event.
      const buyer = await registerCustomer(api, store.publishableKey, "buyer@shop.test")
      const place = (opts: Parameters<typeof placeOrder>[2]) => placeOrder(api, store, { utils, ...opts })
      // A first order through C's code binds the buyer; the second is attributed by that binding.
      orderIds.push(await place({ customerHeaders: buyer.config.headers, email: "buyer@shop.test", referralCode: "NB201", quantity: 3 }))
      orderIds.push(await place({ customerHeaders: buyer.config.headers, email: "buyer@shop.test", quantity: 2 }))
      // A guest without a referral: attributed to nobody, in the facts all the same.
      orderIds.push(await place({ email: "walk-in@shop.test" }))
      // A guest through B's link, then canceled: the accrual and its reversal.
      orderIds.push(await place({ email: "guest-b@shop.test", referralCode: "NB101", quantity: 4 }))
      await cancelOrder(api, admin, orderIds[3])
      // A guest through the top dealer's code.
      orderIds.push(await place({ email: "guest-a@shop.test", referralCode: "HZ001" }))
      await utils.waitWorkflowExecutions()
      // The subscribers finish after the HTTP calls return: wait for the last order's facts and the reversal.
      for (let i = 0; i < 100; i++) {
        perOrder = await rowsOf(orderIds)
        const done =
          perOrder.attributions.length === 5 &&
          perOrder.splits.length === 4 &&
          perOrder.facts.length === 5 &&
          perOrder.facts.every((f) => f.dealer_id === null || f.commission_amount !== "0.00") &&
          perOrder.entries.some((e) => e.kind === "reversal")
        if (done) break
        await new Promise((r) => setTimeout(r, 200))
      }
    })

    it("the per-order path wrote what the comparison needs: attributions, a binding, accruals, a reversal, facts", async () => {
      expect(perOrder.attributions).toHaveLength(5)
      expect(perOrder.attributions.map((a) => a.dealer_id)).toEqual(
        expect.arrayContaining([C.id, C.id, null, B.id, A.id])
      )
      expect(perOrder.bindings.length).toBeGreaterThanOrEqual(1)
      expect(perOrder.splits).toHaveLength(4)
      expect(perOrder.entries.some((e) => e.kind === "reversal" && e.reason === "canceled")).toBe(true)
      expect(perOrder.facts).toHaveLength(5)
    })

    it("the backlog drain writes exactly the rows the per-order path wrote, and a second drain writes nothing", async () => {
      await forgetAccruals()
      expect((await findUnaccruedOrders(getContainer(), { limit: 100 })).map((o) => o.id).sort()).toEqual([...orderIds].sort())

      const pages = await findUnaccruedOrders(getContainer(), { limit: 100 })
      const lines: string[] = []
      // Three batches, two in flight at once (the default concurrency).
      const first = await accrueOrderBacklog(getContainer(), { batch_size: 2, log: (line) => lines.push(line) })
      expect(first).toEqual(expect.objectContaining({ orders: 5, attributed: 5, accrued: 4, batches: 3, failed: [] }))
      expect(await rowsOf(orderIds)).toEqual(perOrder)
      // Reported in page order: each cursor passes only orders of finished batches.
      expect(lines.map((l) => /batch (\d+): (\d+) order.*after=(\S+)$/.exec(l)?.slice(1))).toEqual([
        ["1", "2", `${pages[1].created_at},${pages[1].id}`],
        ["2", "2", `${pages[3].created_at},${pages[3].id}`],
        ["3", "1", `${pages[4].created_at},${pages[4].id}`],
      ])
      expect(first.cursor).toEqual({ created_at: pages[4].created_at, id: pages[4].id })

      // Idempotent: nothing is left to drain, and the same batch run again writes nothing.
      const factsBefore = await sql(`SELECT line_item_id, updated_at FROM sales_fact ORDER BY line_item_id`)
      expect(await findUnaccruedOrders(getContainer(), { limit: 100 })).toEqual([])
      expect(await accrueOrderBacklog(getContainer(), {})).toEqual(expect.objectContaining({ orders: 0, batches: 0 }))
      const { result } = await accrueOrderBatchWorkflow(getContainer()).run({ input: { order_ids: orderIds } })
      expect(result).toEqual(expect.objectContaining({ orders: 5, attributed: 0, bindings: 0, accrued: 0, entries: 0 }))
      expect(await rowsOf(orderIds)).toEqual(perOrder)
      expect(await sql(`SELECT line_item_id, updated_at FROM sales_fact ORDER BY line_item_id`)).toEqual(factsBefore)
    })

    it("the order.placed subscriber writes exactly what the per-order workflows write, also for an order canceled before its accrual and for re-delivered and concurrent events", async () => {
      const container = getContainer()
      const count = async () =>
        (
          await sql(
            `SELECT (SELECT count(*) FROM distribution_order_attribution)::int AS attributions,
                    (SELECT count(*) FROM distribution_customer_binding WHERE source = 'order')::int AS bindings,
                    (SELECT count(*) FROM commission_order)::int AS splits,
                    (SELECT count(*) FROM commission_entry)::int AS entries,
                    (SELECT count(*) FROM sales_fact)::int AS facts`
          )
        )[0]
      // The per-order workflows in placement order (the subscriber's previous sequence); the
      // fourth order is canceled already, so its accrual catches up the reversal.
      await forgetAccruals()
      for (const order_id of orderIds) {
        await attributeOrderWorkflow(container).run({ input: { order_id, sync_sales_facts: false } })
        await accrueOrderCommissionWorkflow(container).run({ input: { order_id } })
      }
      const sequence = await rowsOf(orderIds)
      const sequenceCounts = await count()
      // Accrued, then canceled (the live events) or canceled, then accrued: the same rows.
      expect(sequence).toEqual(perOrder)

      // The subscriber itself, on the same orders (the fourth canceled before its event).
      await forgetAccruals()
      const deliver = (id: string) => attributePlacedOrder({ event: { name: "order.placed", data: { id } }, container } as any)
      for (const id of orderIds) await deliver(id)
      expect(await rowsOf(orderIds)).toEqual(sequence)
      expect(await count()).toEqual(sequenceCounts)

      // Every event delivered again, then three times at once: nothing more is written.
      for (const id of orderIds) await deliver(id)
      await Promise.all([...orderIds, ...orderIds, ...orderIds].map(deliver))
      expect(await rowsOf(orderIds)).toEqual(sequence)
      expect(await count()).toEqual(sequenceCounts)

      // Concurrent first deliveries (three workers take the same event; the buyer's orders in
      // placement order, as the second one is attributed by the binding the first one makes): each row once.
      await forgetAccruals()
      for (const id of orderIds) await Promise.all([deliver(id), deliver(id), deliver(id)])
      expect(await rowsOf(orderIds)).toEqual(sequence)
      expect(await count()).toEqual(sequenceCounts)

      // An order that does not exist fails the event (retried), as the per-order workflows do.
      await expect(deliver("order_missing")).rejects.toThrow(/was not found/)
    })

    it("a batch racing the per-order workflows on the same orders writes every row once", async () => {
      await forgetAccruals()
      const container = getContainer()
      const perOrderRun = async (order_id: string) => {
        await attributeOrderWorkflow(container).run({ input: { order_id, sync_sales_facts: false } })
        await accrueOrderCommissionWorkflow(container).run({ input: { order_id } })
      }
      // The subscriber's events in placement order, while two batches take the same orders.
      await Promise.all([
        accrueOrderBatchWorkflow(container).run({ input: { order_ids: orderIds } }),
        (async () => {
          for (const id of orderIds) await perOrderRun(id)
        })(),
        accrueOrderBatchWorkflow(container).run({ input: { order_ids: [...orderIds].reverse() } }),
      ])
      expect(await rowsOf(orderIds)).toEqual(perOrder)
      const counts = await sql(
        `SELECT (SELECT count(*) FROM distribution_order_attribution)::int AS attributions,
                (SELECT count(*) FROM commission_order)::int AS splits,
                (SELECT count(*) FROM commission_entry)::int AS entries,
                (SELECT count(*) FROM distribution_customer_binding WHERE source = 'order')::int AS bindings`
      )
      expect(counts[0]).toEqual({
        attributions: 5,
        splits: 4,
        entries: perOrder.entries.length,
        bindings: perOrder.bindings.length,
      })
    })

    it("a batch that fails at its last write leaves nothing behind, and succeeds when run again", async () => {
      await forgetAccruals()
      // The ledger write fails (as a lost connection or a full disk would).
      await sql(`CREATE FUNCTION test_fail_split() RETURNS trigger LANGUAGE plpgsql AS $$
                   BEGIN RAISE EXCEPTION 'split write failed (test)'; END $$`)
      await sql(`CREATE TRIGGER test_fail_split BEFORE INSERT ON commission_order FOR EACH ROW EXECUTE FUNCTION test_fail_split()`)
      try {
        const { errors } = await accrueOrderBatchWorkflow(getContainer()).run({
          input: { order_ids: orderIds },
          throwOnError: false,
        })
        expect(errors.map((e: any) => e.error?.message).join(" / ")).toMatch(/split write failed/)
        // Compensation ran cleanly: no step's undo failed.
        expect(errors.filter((e: any) => e.handlerType === "compensate")).toEqual([])
      } finally {
        await sql(`DROP TRIGGER test_fail_split ON commission_order`)
        await sql(`DROP FUNCTION test_fail_split()`)
      }
      const counts = await sql(
        `SELECT (SELECT count(*) FROM distribution_order_attribution)::int AS attributions,
                (SELECT count(*) FROM distribution_customer_binding WHERE source = 'order')::int AS bindings,
                (SELECT count(*) FROM commission_order)::int AS splits,
                (SELECT count(*) FROM commission_entry)::int AS entries,
                (SELECT count(*) FROM sales_fact)::int AS facts`
      )
      expect(counts[0]).toEqual({ attributions: 0, bindings: 0, splits: 0, entries: 0, facts: 0 })

      // The locks were released: the next run takes them and writes everything.
      await accrueOrderBatchWorkflow(getContainer()).run({ input: { order_ids: orderIds } })
      expect(await rowsOf(orderIds)).toEqual(perOrder)
    })

    it("the attribute workflow run alone still leaves the order's facts right", async () => {
      const [order] = orderIds
      const before = (await rowsOf([order])).facts
      await sql(`DELETE FROM sales_fact WHERE order_id = ?`, [order])
      await attributeOrderWorkflow(getContainer()).run({ input: { order_id: order } })
      expect((await rowsOf([order])).facts).toEqual(before)
      // Told not to (the subscriber, whose accrual syncs them next), it leaves them alone.
      await sql(`DELETE FROM sales_fact WHERE order_id = ?`, [order])
      await attributeOrderWorkflow(getContainer()).run({ input: { order_id: order, sync_sales_facts: false } })
      expect((await rowsOf([order])).facts).toEqual([])
      await accrueOrderCommissionWorkflow(getContainer()).run({ input: { order_id: order } })
      expect((await rowsOf([order])).facts).toEqual(before)
    })

    /**
     * The order reader commission and the sales facts share (raw fields + Medusa's
     * `getLineItemsTotals`) against the order module's own totals: `query.graph`
     * asked for totals fields decorates the order with `decorateCartTotals`. Every
     * line figure must be the same for orders with discounts, tax-inclusive and
     * tax-exclusive prices, several tax lines, several units, returned and
     * dismissed units, a fully returned line and shipping.
     *
     * Its four orders are made with the Order module directly (no event, no
     * attribution) and looked up by id, so the suite's orders do not matter. The
     * runner restores the suite's snapshot before each test, so each test makes
     * them again (a few inserts, cheaper than a template of their own).
     */
    describe("commission order reader against the order module's totals", () => {
      const readerOrderIds: string[] = []

      /** The fields the reader asked for before: totals fields, so the order module computed them. */
      const MEDUSA_TOTALS_FIELDS = [
        "id",
        "total",
        "summary.*",
        "items.id",
        "items.quantity",
        "items.subtotal",
        "items.discount_subtotal",
        "items.total",
        "items.return_received_total",
        "items.return_dismissed_total",
        "items.detail.*",
      ]

      const n = (value: unknown) => new Decimal((value as any)?.numeric ?? (value as any) ?? 0)

      /** The line figures from Medusa's decorated order, as the reader computed them before. */
      function medusaLineFigures(order: any) {
        return Object.fromEntries(
          (order.items ?? []).map((item: any) => {
            const detail = item.detail ?? {}
            const quantity = Number(item.quantity ?? 0)
            const returned = Number(detail.return_received_quantity ?? 0) + Number(detail.return_dismissed_quantity ?? 0)
            const current = quantity - returned
            const scale = (amount: Decimal) => (current > 0 ? amount.times(quantity).dividedBy(current) : amount)
            return [
              item.id,
              {
                gross: scale(n(item.subtotal)).toString(),
                net: scale(n(item.subtotal).minus(n(item.discount_subtotal))).toString(),
                value: n(item.total).plus(n(item.return_received_total)).plus(n(item.return_dismissed_total)).toString(),
                returned_quantity: returned,
              },
            ]
          })
        )
      }

      beforeEach(async () => {
        const orderModule: any = getContainer().resolve(Modules.ORDER)
        const line = (over: Record<string, unknown>) => ({
          title: "Tea",
          product_title: "Tea",
          quantity: 1,
          unit_price: 100,
          is_tax_inclusive: false,
          requires_shipping: false,
          is_discountable: true,
          ...over,
        })
        const orders = await orderModule.createOrders([
          {
            // Tax-exclusive, several units, a discount, one tax line; shipping with tax and a discount.
            currency_code: "cny",
            email: "reader-a@shop.test",
            items: [
              line({
                quantity: 3,
                unit_price: 33.33,
                tax_lines: [{ rate: 13, code: "VAT" }],
                adjustments: [{ amount: 10, code: "TEN" }],
              }),
              line({ quantity: 2, unit_price: 19.99 }),
            ],
            shipping_methods: [
              { name: "Express", amount: 12, tax_lines: [{ rate: 6, code: "S" }], adjustments: [{ amount: 2, code: "SHIP" }] },
            ],
          },
          {
            // Tax-inclusive prices, two tax lines, tax-inclusive and exclusive discounts.
            currency_code: "cny",
            email: "reader-b@shop.test",
            items: [
              line({
                quantity: 7,
                unit_price: 99.99,
                is_tax_inclusive: true,
                tax_lines: [
                  { rate: 13, code: "VAT" },
                  { rate: 6, code: "X" },
                ],
                adjustments: [
                  { amount: 5.55, code: "INC", is_tax_inclusive: true },
                  { amount: 1.01, code: "EXC" },
                ],
              }),
              line({ quantity: 1, unit_price: 0.01, is_tax_inclusive: true, tax_lines: [{ rate: 13, code: "VAT" }] }),
            ],
          },
          {
            // Returned and dismissed units (set below), and a fully returned line.
            currency_code: "usd",
            email: "reader-c@shop.test",
            items: [
              line({
                quantity: 5,
                unit_price: 10.1,
                tax_lines: [{ rate: 8.875, code: "NY" }],
                adjustments: [{ amount: 3.33, code: "OFF" }],
              }),
              line({ quantity: 2, unit_price: 7, is_tax_inclusive: true, tax_lines: [{ rate: 20, code: "VAT" }] }),
            ],
          },
          {
            // A price with more decimals than the currency, a discount larger than a unit.
            currency_code: "jpy",
            email: "reader-d@shop.test",
            items: [
              line({
                quantity: 3,
                unit_price: "333.3333333333",
                tax_lines: [{ rate: 10, code: "JCT" }],
                adjustments: [{ amount: "500.5", code: "BIG" }],
              }),
            ],
          },
        ])
        readerOrderIds.splice(0, readerOrderIds.length, ...orders.map((o: any) => o.id))

        // Returns: 2 received and 1 dismissed of the 5 units, the 2-unit line wholly received.
        const items = await sql(
          `SELECT oi.id, oi.quantity::int AS quantity FROM order_item oi
            WHERE oi.order_id = ? ORDER BY oi.quantity DESC`,
          [readerOrderIds[2]]
        )
        const setReturned = (id: string, received: number, dismissed: number) =>
          sql(
            `UPDATE order_item SET return_received_quantity = ?, raw_return_received_quantity = ?::jsonb,
                    return_dismissed_quantity = ?, raw_return_dismissed_quantity = ?::jsonb WHERE id = ?`,
            [
              received,
              JSON.stringify({ value: String(received), precision: 20 }),
              dismissed,
              JSON.stringify({ value: String(dismissed), precision: 20 }),
              id,
            ]
          )
        await setReturned(items[0].id, 2, 1)
        await setReturned(items[1].id, 2, 0)
      })

      it("computes every line's figures exactly as the order module's totals", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const medusa = (await query.graph({ entity: "order", fields: MEDUSA_TOTALS_FIELDS, filters: { id: readerOrderIds } })).data
        const ours = (await query.graph({ entity: "order", fields: COMMISSION_ORDER_FIELDS, filters: { id: readerOrderIds } })).data
        expect(ours).toHaveLength(4)
        let lines = 0
        for (const order of ours as any[]) {
          const expected = medusaLineFigures((medusa as any[]).find((o) => o.id === order.id))
          const state = toCommissionOrderState(order)
          for (const l of state.lines) {
            expect({ id: l.line_id, gross: l.gross, net: l.net, value: l.value, returned_quantity: l.returned_quantity }).toEqual({
              id: l.line_id,
              ...expected[l.line_id],
            })
            lines++
          }
          expect(state.lines).toHaveLength(Object.keys(expected).length)
          expect(state.refunded_total).toEqual(
            n((medusa as any[]).find((o) => o.id === order.id).summary?.refunded_total).toString()
          )
        }
        expect(lines).toBe(7)
        // Not trivially equal: discounts, tax-inclusive prices and returns are all in there.
        const figures = (ours as any[]).flatMap((o) => toCommissionOrderState(o).lines)
        expect(figures.some((l) => l.net !== l.gross)).toBe(true)
        expect(figures.some((l) => l.returned_quantity === l.quantity)).toBe(true)
      })

      it("gives the sales facts the same lines, from the same read", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: SALES_FACT_ORDER_FIELDS, filters: { id: readerOrderIds } })
        expect(data).toHaveLength(4)
        for (const order of data as any[]) {
          const state = toCommissionOrderState(order)
          const fact = toFactOrder(order, state)
          expect(fact.lines.map((l) => [l.line_id, l.net, l.value, l.quantity, l.returned_quantity])).toEqual(
            state.lines.map((l) => [l.line_id, l.net, l.value, l.quantity, l.returned_quantity])
          )
          // The read is left as it was: reading it twice gives the same figures.
          expect(toCommissionOrderState(order)).toEqual(state)
        }
      })
    })
  },
})
