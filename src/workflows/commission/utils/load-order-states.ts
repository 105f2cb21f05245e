import { ContainerRegistrationKeys, getLineItemsTotals, transformPropertiesToBigNumber } from "@medusajs/framework/utils"
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

/**
 * The order fields `toCommissionOrderState` reads (the sales facts ask for these and a few more in the same query).
 *
 * Raw fields only — no totals field (`total`, `items.subtotal`, …): asking for one makes the
 * order module load every item, tax line, adjustment, shipping method and credit line in full
 * and decorate the whole order with totals (`decorateCartTotals`), which was half of a backlog
 * batch's CPU. The line figures commission needs are computed from these fields by the same
 * function `decorateCartTotals` uses for lines (`orderLineTotals`), so they are Medusa's.
 */
export const COMMISSION_ORDER_FIELDS = [
  "id",
  "display_id",
  "currency_code",
  "status",
  "canceled_at",
  "created_at",
  "summary.*",
  "items.id",
  "items.title",
  "items.product_title",
  "items.product_id",
  "items.quantity",
  "items.raw_quantity",
  "items.unit_price",
  "items.raw_unit_price",
  "items.is_tax_inclusive",
  "items.tax_lines.rate",
  "items.adjustments.amount",
  "items.adjustments.raw_amount",
  "items.adjustments.is_tax_inclusive",
  // The order's version of the line (`order_item`): quantities, and a price that overrides the line's.
  ...[
    "quantity",
    "unit_price",
    "return_requested_quantity",
    "return_received_quantity",
    "return_dismissed_quantity",
    "fulfilled_quantity",
    "delivered_quantity",
  ].flatMap((f) => [`items.detail.${f}`, `items.detail.raw_${f}`]),
  "items.variant.product.collection_id",
  "items.variant.product.categories.id",
  "fulfillments.created_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "returns.id",
  "returns.status",
]

/** The quantity totals of a line commission reads, as `decorateCartTotals` names them. */
const RETURN_TOTAL_FIELDS = {
  "detail.return_received_quantity": "return_received_total",
  "detail.return_dismissed_quantity": "return_dismissed_total",
}

const n = (value: unknown) => new Decimal((value as any)?.numeric ?? (value as any) ?? 0)

/**
 * Medusa's totals of an order's lines (`subtotal`, `discount_subtotal`, `total`, the
 * returned totals), keyed by line id, from the raw fields in COMMISSION_ORDER_FIELDS —
 * computed exactly as the order module does when a totals field is asked for:
 * `decorateCartTotals` turns `raw_*` fields into BigNumbers and calls `getLineItemsTotals`
 * with `includeTax` from the order's region, which the order module never has loaded (the
 * region is another module), so only each line's `is_tax_inclusive` counts.
 * Works on copies: the order read is left as it was.
 */
export function orderLineTotals(order: any): Map<string, Record<string, unknown>> {
  const items = (order.items ?? []).map((item: any) => ({
    ...item,
    // The order module takes the quantity from the order's version of the line (as `formatOrder` does).
    quantity: item.detail?.quantity ?? item.quantity,
    raw_quantity: item.detail?.raw_quantity ?? item.raw_quantity,
    detail: item.detail ? { ...item.detail } : item.detail,
    tax_lines: (item.tax_lines ?? []).map((t: any) => ({ ...t })),
    adjustments: (item.adjustments ?? []).map((a: any) => ({ ...a })),
    variant: undefined,
  }))
  transformPropertiesToBigNumber(items)
  const totals = getLineItemsTotals(items, { includeTax: undefined as any, extraQuantityFields: RETURN_TOTAL_FIELDS })
  return new Map(items.map((item: any, i: number) => [item.id, (totals as any)[item.id ?? i] ?? {}]))
}

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
  const totalsOf = orderLineTotals(order)
  const lines: CommissionOrderLine[] = (order.items ?? []).map((item: any) => {
    const detail = item.detail ?? {}
    const totals: any = totalsOf.get(item.id) ?? {}
    const quantity = Number(detail.quantity ?? item.quantity ?? 0)
    const returned = Number(detail.return_received_quantity ?? 0) + Number(detail.return_dismissed_quantity ?? 0)
    const current = quantity - returned
    const scale = (amount: Decimal) => (current > 0 ? amount.times(quantity).dividedBy(current) : amount)
    const gross = scale(n(totals.subtotal))
    const net = scale(n(totals.subtotal).minus(n(totals.discount_subtotal)))
    const value = n(totals.total).plus(n(totals.return_received_total)).plus(n(totals.return_dismissed_total))
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
