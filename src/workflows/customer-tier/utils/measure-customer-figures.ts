import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import Decimal from "decimal.js"
import type { CustomerFigures } from "../../../lib/customer-tier/decide-customer-tier"

/**
 * Each customer's orders and net spend per currency in each window, from the
 * sales facts, in one aggregate (index (customer_id, placed_at)). An order
 * counts when it is not canceled and not wholly returned; net spend is
 * net_amount − refunded_amount (0 for a canceled line). Orders after `now`
 * (a clock passed in) are left out. `exclude_order_id`
 * leaves one order out (the caller adds it from the order itself).
 */
export async function measureCustomerFigures(
  container: Pick<MedusaContainer, "resolve">,
  input: { customer_ids: string[]; window_starts: Record<number, Date>; now: Date; exclude_order_id?: string | null }
): Promise<Map<string, CustomerFigures>> {
  const out = new Map<string, CustomerFigures>()
  const months = Object.keys(input.window_starts).map(Number)
  if (!input.customer_ids.length || !months.length) {
    return out
  }
  const starts = months.map((m) => input.window_starts[m])
  const earliest = new Date(Math.min(...starts.map((d) => d.getTime())))
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `SELECT f.customer_id, w.months, f.currency_code,
            COUNT(DISTINCT f.order_id) FILTER (WHERE NOT f.canceled AND f.quantity > f.returned_quantity)::int AS orders,
            COALESCE(SUM(f.net_amount - f.refunded_amount), 0)::text AS spend
       FROM sales_fact f
       JOIN unnest(?::int[], ?::timestamptz[]) AS w(months, since) ON f.placed_at >= w.since
      WHERE f.customer_id = ANY(?::text[]) AND f.placed_at >= ? AND f.placed_at <= ? AND f.deleted_at IS NULL
        AND (?::text IS NULL OR f.order_id <> ?::text)
      GROUP BY f.customer_id, w.months, f.currency_code`,
    [months, starts, input.customer_ids, earliest, input.now, input.exclude_order_id ?? null, input.exclude_order_id ?? null]
  )
  for (const row of rows as { customer_id: string; months: number; currency_code: string; orders: number; spend: string }[]) {
    const figures = out.get(row.customer_id) ?? {}
    const window = figures[row.months] ?? { orders: 0, spend: {} }
    const currency = row.currency_code.toLowerCase()
    window.orders += Number(row.orders)
    window.spend[currency] = new Decimal(window.spend[currency] ?? "0").plus(row.spend).toString()
    figures[row.months] = window
    out.set(row.customer_id, figures)
  }
  return out
}
