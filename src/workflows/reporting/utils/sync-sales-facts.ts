import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  buildSalesFactRows,
  FactAttribution,
  FactLedgerEntry,
  FactOrder,
  SalesFactRow,
} from "../../../lib/reporting/sales-fact-rows"
import type CommissionModuleService from "../../../modules/commission/service"
import type DistributionModuleService from "../../../modules/distribution/service"
import type ReportingModuleService from "../../../modules/reporting/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE, REPORTING_MODULE } from "../../../types/module-names"
import { COMMISSION_ORDER_FIELDS, CommissionOrderState, toCommissionOrderState } from "../../commission/utils/load-order-states"

/**
 * Commission's view of an order (lines, net amounts, returns, refunds,
 * cancellation: read exactly as the reversals read them) plus what a report
 * groups by — in one `query.graph` call.
 */
export const SALES_FACT_ORDER_FIELDS = [
  ...COMMISSION_ORDER_FIELDS,
  "customer_id",
  "region_id",
  "sales_channel_id",
  "shipping_address.country_code",
  "billing_address.country_code",
  "items.variant_id",
  "items.variant_sku",
]

/** The fact rows of some orders as they should be now: one order read, one attribution read, one ledger read. */
export async function computeSalesFacts(
  container: MedusaContainer,
  orderIds: string[],
  preloaded?: FactOrder[]
): Promise<{ order_ids: string[]; rows: SalesFactRow[] }> {
  if (!orderIds.length) {
    return { order_ids: [], rows: [] }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const [orders, attributions, entries] = await Promise.all([
    // Orders a caller already read (under the order's lock, with SALES_FACT_ORDER_FIELDS) are not read again.
    preloaded
      ? Promise.resolve(preloaded.filter((o) => orderIds.includes(o.id)).map(reviveFactOrder))
      : query
          .graph({ entity: "order", fields: SALES_FACT_ORDER_FIELDS, filters: { id: orderIds } })
          .then(({ data }) => (data as any[]).map((o) => toFactOrder(o))),
    distribution.listOrderAttributions({ order_id: orderIds }, { select: ["order_id", "dealer_id", "chain"] }),
    commission.listCommissionEntries(
      { order_id: orderIds, kind: ["accrual", "reversal"] },
      { select: ["order_id", "line_item_id", "kind", "amount", "raw_amount"] }
    ),
  ])
  const attributionOf = new Map(attributions.map((a: any) => [a.order_id, a]))
  const entriesOf = new Map<string, FactLedgerEntry[]>()
  for (const e of entries as any[]) {
    const list = entriesOf.get(e.order_id) ?? []
    list.push({ line_item_id: e.line_item_id, kind: e.kind, amount: String(e.raw_amount?.value ?? e.amount) })
    entriesOf.set(e.order_id, list)
  }

  const rows: SalesFactRow[] = []
  for (const order of orders) {
    const attribution = attributionOf.get(order.id) as any
    rows.push(
      ...buildSalesFactRows(
        order,
        attribution ? ({ dealer_id: attribution.dealer_id, chain: attribution.chain } as FactAttribution) : null,
        entriesOf.get(order.id) ?? []
      )
    )
  }
  return { order_ids: orders.map((o) => o.id), rows }
}

/** A fact order that went through a workflow's serialisation (dates as strings) made whole again. */
function reviveFactOrder(order: FactOrder): FactOrder {
  return { ...order, created_at: new Date(order.created_at) }
}

/**
 * An order as `query.graph` returned it (with SALES_FACT_ORDER_FIELDS) in the sales facts' terms;
 * `state` is the same order in commission's terms when the caller has it (not computed twice).
 */
export function toFactOrder(order: any, state: CommissionOrderState = toCommissionOrderState(order)): FactOrder {
  const items = new Map<string, any>((order.items ?? []).map((i: any) => [i.id, i]))
  return {
    id: state.id,
    display_id: state.display_id,
    created_at: state.created_at,
    currency_code: state.currency_code,
    canceled: state.canceled,
    refunded_total: state.refunded_total,
    customer_id: order.customer_id ?? null,
    region_id: order.region_id ?? null,
    sales_channel_id: order.sales_channel_id ?? null,
    country_code: order.shipping_address?.country_code ?? order.billing_address?.country_code ?? null,
    lines: state.lines.map((l) => {
      const item = items.get(l.line_id)
      return {
        line_id: l.line_id,
        product_id: l.product_id,
        variant_id: item?.variant_id ?? null,
        sku: item?.variant_sku ?? null,
        title: l.title,
        collection_id: l.collection_id,
        category_ids: l.category_ids,
        quantity: l.quantity,
        returned_quantity: l.returned_quantity,
        net: l.net,
        value: l.value,
      }
    }),
  }
}

/**
 * Recomputes the fact rows of some orders and writes them (one upsert).
 * Orders that do not exist are left alone. Returns what changed.
 */
export async function syncSalesFacts(container: MedusaContainer, orderIds: string[]) {
  const { order_ids, rows } = await computeSalesFacts(container, orderIds)
  const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
  const result = await reporting.replaceOrderFacts(order_ids, rows)
  return { orders: order_ids.length, rows: rows.length, ...result }
}
