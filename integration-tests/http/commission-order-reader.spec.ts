import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import {
  COMMISSION_ORDER_FIELDS,
  toCommissionOrderState,
} from "../../src/workflows/commission/utils/load-order-states"
import { SALES_FACT_ORDER_FIELDS, toFactOrder } from "../../src/workflows/reporting/utils/sync-sales-facts"

jest.setTimeout(300 * 1000)

/**
 * The order reader commission and the sales facts share (raw fields + Medusa's
 * `getLineItemsTotals`) against the order module's own totals: `query.graph`
 * asked for totals fields decorates the order with `decorateCartTotals`. Every
 * line figure must be the same for orders with discounts, tax-inclusive and
 * tax-exclusive prices, several tax lines, several units, returned and
 * dismissed units, a fully returned line and shipping.
 */

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

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    const orderIds: string[] = []

    beforeAll(async () => {
      const container = getContainer()
      const orderModule: any = container.resolve(Modules.ORDER)
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
          email: "a@shop.test",
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
          email: "b@shop.test",
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
          email: "c@shop.test",
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
          email: "d@shop.test",
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
      orderIds.push(...orders.map((o: any) => o.id))

      // Returns: 2 received and 1 dismissed of the 5 units, the 2-unit line wholly received.
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const items = (
        await knex.raw(
          `SELECT oi.id, oi.quantity::int AS quantity FROM order_item oi
            WHERE oi.order_id = ? ORDER BY oi.quantity DESC`,
          [orderIds[2]]
        )
      ).rows
      const setReturned = (id: string, received: number, dismissed: number) =>
        knex.raw(
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
      const medusa = (await query.graph({ entity: "order", fields: MEDUSA_TOTALS_FIELDS, filters: { id: orderIds } })).data
      const ours = (await query.graph({ entity: "order", fields: COMMISSION_ORDER_FIELDS, filters: { id: orderIds } })).data
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
      const { data } = await query.graph({ entity: "order", fields: SALES_FACT_ORDER_FIELDS, filters: { id: orderIds } })
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
  },
})
