import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import Decimal from "decimal.js"
import type { CommissionBase } from "../../../types/commission"

/** One line of an order as commission sees it. */
export type CommissionOrderLine = {
  line_id: string
  title: string | null
  product_id: string | null
  collection_id: string | null
  category_ids: string[]
  quantity: number
  /** Net (after discounts) and gross merchandise amount of the whole line, before tax and shipping. */
  net: string
  gross: string
  /** What the customer paid for the whole line (tax included). */
  value: string
  returned_quantity: number
  fulfilled_quantity: number
  delivered_quantity: number
}

/** An order's state as the commission rules read it: placement, lines, returns, refunds, fulfilment. */
export type CommissionOrderState = {
  id: string
  display_id: number | null
  currency_code: string
  created_at: Date
  canceled: boolean
  lines: CommissionOrderLine[]
  refunded_total: string
  /** When the last fulfilment of a fully fulfilled order was created; null if not fully fulfilled. */
  fulfilled_at: Date | null
  /** When the last delivery of a fully delivered order happened; null if not fully delivered. */
  delivered_at: Date | null
  has_open_return: boolean
}

const OPEN_RETURN_STATUSES = new Set(["open", "requested", "partially_received"])

/** The order fields `toCommissionOrderState` reads (the sales facts ask for these and a few more in the same query). */
export const COMMISSION_ORDER_FIELDS = [
  "id",
  "display_id",
  "currency_code",
  "status",
  "canceled_at",
  "created_at",
  // Asking for an order total makes the order module compute line totals too.
  "total",
  "summary.*",
  "items.id",
  "items.title",
  "items.product_title",
  "items.product_id",
  "items.quantity",
  "items.subtotal",
  "items.discount_subtotal",
  "items.total",
  "items.return_received_total",
  "items.return_dismissed_total",
  "items.detail.*",
  "items.variant.product.collection_id",
  "items.variant.product.categories.id",
  "fulfillments.created_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "returns.id",
  "returns.status",
]

const n = (value: unknown) => new Decimal((value as any)?.numeric ?? (value as any) ?? 0)

/**
 * Reads orders with everything commission needs, in one `query.graph` call.
 * Medusa's line totals cover the quantity not yet returned, so the full
 * line's amounts are scaled back to its ordered quantity.
 */
export async function loadCommissionOrderStates(
  container: MedusaContainer,
  orderIds: string[]
): Promise<CommissionOrderState[]> {
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: COMMISSION_ORDER_FIELDS, filters: { id: orderIds } })
  return data.map((order: any) => toCommissionOrderState(order))
}

/** An order as `query.graph` returned it (with at least COMMISSION_ORDER_FIELDS) in commission's terms. */
export function toCommissionOrderState(order: any): CommissionOrderState {
  const lines: CommissionOrderLine[] = (order.items ?? []).map((item: any) => {
    const detail = item.detail ?? {}
    const quantity = Number(item.quantity ?? 0)
    const returned = Number(detail.return_received_quantity ?? 0) + Number(detail.return_dismissed_quantity ?? 0)
    const current = quantity - returned
    const scale = (amount: Decimal) => (current > 0 ? amount.times(quantity).dividedBy(current) : amount)
    const gross = scale(n(item.subtotal))
    const net = scale(n(item.subtotal).minus(n(item.discount_subtotal)))
    const value = n(item.total).plus(n(item.return_received_total)).plus(n(item.return_dismissed_total))
    return {
      line_id: item.id,
      title: item.product_title ?? item.title ?? null,
      product_id: item.product_id ?? null,
      collection_id: item.variant?.product?.collection_id ?? null,
      category_ids: (item.variant?.product?.categories ?? []).map((c: any) => c.id),
      quantity,
      net: net.toString(),
      gross: gross.toString(),
      value: value.toString(),
      returned_quantity: returned,
      fulfilled_quantity: Number(detail.fulfilled_quantity ?? 0),
      delivered_quantity: Number(detail.delivered_quantity ?? 0),
    }
  })
  const live = (order.fulfillments ?? []).filter((f: any) => f && !f.canceled_at)
  const latest = (dates: (string | Date | null | undefined)[]) => {
    const times = dates.filter(Boolean).map((d) => new Date(d as any).getTime())
    return times.length ? new Date(Math.max(...times)) : null
  }
  // A line counts as done when its whole quantity is fulfilled (or was returned).
  const all = (pick: (l: CommissionOrderLine) => number) =>
    lines.length > 0 && lines.every((l) => pick(l) + l.returned_quantity >= l.quantity)
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    currency_code: String(order.currency_code).toLowerCase(),
    created_at: new Date(order.created_at),
    canceled: order.status === "canceled" || !!order.canceled_at,
    lines,
    refunded_total: n(order.summary?.refunded_total).toString(),
    fulfilled_at: all((l) => l.fulfilled_quantity) ? latest(live.map((f: any) => f.created_at)) : null,
    delivered_at: all((l) => l.delivered_quantity) ? latest(live.map((f: any) => f.delivered_at)) : null,
    has_open_return: (order.returns ?? []).some((r: any) => OPEN_RETURN_STATUSES.has(r?.status)),
  }
}

/** The commission base of a line under the merchant's `commission_base` option. */
export function lineBase(line: CommissionOrderLine, base: CommissionBase): string {
  return base === "gross" ? line.gross : line.net
}
