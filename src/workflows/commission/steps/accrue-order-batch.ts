import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import type { SplitChainMember } from "../../../lib/commission/compute-split"
import { newEntityId } from "../../../lib/commission/entity-ids"
import { buildSalesFactRows, FactLedgerEntry, FactOrder, SalesFactRow } from "../../../lib/reporting/sales-fact-rows"
import type CommissionModuleService from "../../../modules/commission/service"
import type { NewOrderCommission } from "../../../modules/commission/service"
import type { NewLedgerEntry } from "../../../modules/commission/ledger-rows"
import type ReportingModuleService from "../../../modules/reporting/service"
import { toSplitRule } from "../../../modules/commission/rule-snapshot"
import { COMMISSION_MODULE, REPORTING_MODULE } from "../../../types/module-names"
import type { BatchAttribution } from "../../referral/steps/attribute-order-batch"
import { restoreSalesFacts } from "../../reporting/steps/write-sales-facts"
import { SALES_FACT_ORDER_FIELDS, toFactOrder } from "../../reporting/utils/sync-sales-facts"
import { isRestockFlagged } from "../../warehouse/steps/route-load-order"
import { CommissionOrderState, toCommissionOrderState } from "../utils/load-order-states"
import { buildOrderAccrual, monthSalesRange, planNeedsMonthSales } from "./prepare-order-accrual"
import { buildReversalEntries, hasReversalFractions } from "./sync-order-reversals"

/** One order of a batch as attribution reads it (the batch's orders are read in full by `prepareOrderBatchStep`). */
export type BatchOrderHead = {
  id: string
  customer_id: string | null
  cart_id: string | null
  created_at: Date | string
  /** A dealer's restock purchase (cart flag `distribution_restock`): the order.placed subscriber routes its stock. */
  restock_flagged?: boolean
}

/** One order of a batch as it was read under the batch's locks. */
export type BatchOrder = BatchOrderHead & {
  state: CommissionOrderState
  fact: FactOrder
}

export const loadOrderBatchStepId = "load-order-batch"

/**
 * Batches of up to this many orders (the order.placed subscriber's batch of
 * one) are read in full by `loadOrderBatchStep`, in its one `query.graph`
 * call, and passed on to `prepareOrderBatchStep`: a second read of a few
 * orders costs more (a query.graph call, ~6 statements) than the engine's
 * copy of them. Larger batches (the backlog drain) pass only the heads.
 */
export const READ_IN_FULL_UP_TO = 10

/**
 * Reads what attribution needs of a batch of orders (buyer, cart, placement)
 * in one `query.graph` call, and whether each is a restock purchase (the
 * subscriber routes those after the accrual). Orders that do not exist are
 * left out. Only these few fields pass through the workflow engine (which
 * copies every step output each time a later step reads it); the orders'
 * lines are read by `prepareOrderBatchStep`, which uses them — except for a
 * batch of up to READ_IN_FULL_UP_TO orders, read here in full (`full`).
 *
 * @example
 * const { orders } = loadOrderBatchStep({ order_ids: ["order_1", "order_2"] })
 */
export const loadOrderBatchStep = createStep(
  loadOrderBatchStepId,
  async (input: { order_ids: string[] }, { container }) => {
    if (!input.order_ids.length) {
      return new StepResponse({ orders: [] as BatchOrderHead[], full: null as BatchOrder[] | null })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inFull = new Set(input.order_ids).size <= READ_IN_FULL_UP_TO
    const head = ["id", "customer_id", "created_at", "cart.id", "metadata"]
    const { data } = await query.graph({
      entity: "order",
      fields: inFull ? [...new Set([...SALES_FACT_ORDER_FIELDS, ...head])] : head,
      filters: { id: input.order_ids },
    })
    const orders: BatchOrderHead[] = (data as any[]).map((o) => ({
      id: o.id,
      customer_id: o.customer_id ?? null,
      cart_id: o.cart?.id ?? null,
      created_at: new Date(o.created_at),
      restock_flagged: isRestockFlagged(o.metadata),
    }))
    return new StepResponse({ orders, full: inFull ? (data as any[]).map(toBatchOrder) : null })
  }
)

/** An order read with SALES_FACT_ORDER_FIELDS, in commission's and the sales facts' terms. */
function toBatchOrder(o: any): BatchOrder {
  const state = toCommissionOrderState(o)
  return {
    id: o.id,
    customer_id: o.customer_id ?? null,
    cart_id: null,
    created_at: state.created_at,
    state,
    fact: toFactOrder(o, state),
  }
}

/** A BatchOrder after the workflow engine's copy (dates become strings), with its dates back. */
function reviveBatchOrder(o: BatchOrder): BatchOrder {
  const date = (d: Date | string | null) => (d == null ? null : new Date(d))
  const state = {
    ...o.state,
    created_at: new Date(o.state.created_at),
    fulfilled_at: date(o.state.fulfilled_at),
    delivered_at: date(o.state.delivered_at),
  }
  return { ...o, created_at: state.created_at, state, fact: { ...o.fact, created_at: new Date(o.fact.created_at) } }
}

/**
 * Reads a batch of orders in one `query.graph` call, with every field
 * commission and the sales facts read (the per-order workflows read each
 * order with the same fields and the same functions).
 */
async function readBatchOrders(container: MedusaContainer, orderIds: string[]): Promise<BatchOrder[]> {
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: SALES_FACT_ORDER_FIELDS, filters: { id: orderIds } })
  return (data as any[]).map(toBatchOrder)
}

/** An order's split and ledger entries (accruals, and the reversals an order changed before accrual needs). */
export type BatchRecord = { order: NewOrderCommission; entries: NewLedgerEntry[] }

export type PreparedOrderBatch = {
  /** Orders to record (none of them accrued yet). */
  records: BatchRecord[]
  /** Reversals due on orders accrued before this batch (canceled, returned or refunded since). */
  reversals: NewLedgerEntry[]
  order_ids: string[]
}

/** What the step's compensation puts back: the orders' sales fact rows as they were. */
type PreviousFacts = { order_ids: string[]; previous: SalesFactRow[] } | null

export const prepareOrderBatchStepId = "prepare-order-batch"

/**
 * Computes the accruals of a batch of attributed orders with the split the
 * per-order accrual uses (`buildOrderAccrual`, `computeSplit`), the plan read
 * once; the reversals of orders canceled, returned or refunded before they
 * were accrued (`buildReversalEntries`), keyed on the accrual ids given
 * here; and the orders' sales fact rows as they will be once those entries
 * are written — which it writes last, as `writeSalesFactsStep` would (the
 * reporting module's `swapOrderFacts`: one statement that also returns the
 * rows as they were, which the compensation puts back), so the rows never
 * pass through the workflow engine. Orders accrued already get no accrual
 * (their reversals are brought up to date). Reads the orders (in one
 * `query.graph` call unless `full` has them), the plan and the ledger;
 * callers hold the orders' commission locks.
 *
 * @example
 * const prepared = prepareOrderBatchStep({ attributions })
 */
export const prepareOrderBatchStep = createStep(
  prepareOrderBatchStepId,
  async (input: { attributions: BatchAttribution[]; full?: BatchOrder[] | null }, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const options = commission.getOptions()
    const attributionOf = new Map(input.attributions.map((a) => [a.order_id, a]))
    // Orders whose attribution failed (their dealer is gone) are not in `attributions`: left for their own retry.
    // A small batch was read in full by `loadOrderBatchStep`, under the same locks.
    const orders = input.full
      ? input.full.filter((o) => attributionOf.has(o.id)).map(reviveBatchOrder)
      : await readBatchOrders(container, [...attributionOf.keys()])
    const ids = orders.map((o) => o.id)
    if (!ids.length) {
      return new StepResponse<PreparedOrderBatch, PreviousFacts>({ records: [], reversals: [], order_ids: [] }, null)
    }

    const earning = orders.filter((o) => {
      const a = attributionOf.get(o.id)
      return a?.dealer_id && a.commissionable
    })
    const [accrued, rules] = await Promise.all([
      earning.length
        ? commission.listOrderCommissions({ order_id: earning.map((o) => o.id) }, { select: ["order_id"] })
        : Promise.resolve([]),
      earning.length ? commission.listPlan().then((r) => r.map(toSplitRule)) : Promise.resolve([]),
    ])
    const accruedIds = new Set((accrued as any[]).map((c) => c.order_id))
    const monthly = planNeedsMonthSales(rules)
    const sorted = [...earning].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())

    const records: BatchRecord[] = []
    const written = new Map<string, FactLedgerEntry[]>()
    for (const order of sorted) {
      if (accruedIds.has(order.id)) {
        continue
      }
      const attribution = attributionOf.get(order.id)!
      const state = order.state
      const month_sales = monthly ? await monthSalesOf(commission, state, attribution, records, options.timezone) : {}
      const prepared = buildOrderAccrual({ order: state, attribution, rules, options, month_sales })
      if (!prepared) {
        continue
      }
      const accruals = prepared.entries.map((e) => ({ ...e, id: newEntityId("cment") }))
      // Changed before it was accrued (events in any order): the reversals go in with the accruals.
      const reversals = hasReversalFractions(state)
        ? buildReversalEntries(
            state,
            accruals.map((e) => ({
              id: e.id,
              dealer_id: e.dealer_id,
              status: e.status,
              amount: e.amount,
              currency_code: e.currency_code,
              order_id: e.order_id ?? null,
              order_display_id: e.order_display_id ?? null,
              line_item_id: e.line_item_id ?? null,
              product_title: e.product_title ?? null,
              level: e.level ?? null,
              base: e.base ?? null,
              rate: e.rate ?? null,
              rule_id: e.rule_id ?? null,
              rule_type: e.rule_type ?? null,
              reversed: "0",
            }))
          )
        : []
      const entries = [...accruals, ...reversals]
      records.push({ order: prepared.order_commission, entries })
      written.set(order.id, entries.map((e) => ({ line_item_id: e.line_item_id ?? null, kind: e.kind, amount: e.amount })))
    }

    // Orders accrued before: their ledger as it is, and any reversal now due (as the per-order accrual's sync).
    const before = [...accruedIds]
    const existing = before.length
      ? ((await commission.listCommissionEntries(
          { order_id: before, kind: ["accrual", "reversal"] },
          { select: ["order_id", "line_item_id", "kind", "amount", "raw_amount"] }
        )) as any[])
      : []
    for (const e of existing) {
      const list = written.get(e.order_id) ?? []
      list.push({ line_item_id: e.line_item_id, kind: e.kind, amount: String(e.raw_amount?.value ?? e.amount) })
      written.set(e.order_id, list)
    }
    const reversals: NewLedgerEntry[] = []
    for (const order of orders.filter((o) => accruedIds.has(o.id) && hasReversalFractions(o.state))) {
      const due = buildReversalEntries(order.state, await commission.listOrderAccruals(order.id))
      reversals.push(...due)
      written.get(order.id)?.push(...due.map((e) => ({ line_item_id: e.line_item_id ?? null, kind: e.kind, amount: e.amount })))
    }

    const rows = orders.flatMap((o) => {
      const a = attributionOf.get(o.id)!
      return buildSalesFactRows(o.fact, { dealer_id: a.dealer_id, chain: a.chain as any }, written.get(o.id) ?? [])
    })
    // The sales facts last: one statement (atomic alone), so a failure before it leaves nothing to undo.
    const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    const { previous } = await reporting.swapOrderFacts(ids, rows)
    return new StepResponse<PreparedOrderBatch, PreviousFacts>({ records, reversals, order_ids: ids }, { order_ids: ids, previous })
  },
  restoreSalesFacts
)

/**
 * The chain's sales this month before the order (volume tiers): what is
 * recorded, plus the orders of this batch placed before it (recorded by the
 * same run, after this read), so the batch counts exactly as one-by-one accrual.
 */
async function monthSalesOf(
  commission: CommissionModuleService,
  order: CommissionOrderState,
  attribution: BatchAttribution,
  earlier: BatchRecord[],
  timezone: string
): Promise<Record<string, string>> {
  const chain = ((attribution.chain as SplitChainMember[]) ?? []).map((m) => m.dealer_id)
  const range = monthSalesRange(order, timezone)
  const sales = await commission.salesByDealer(chain, order.currency_code, range)
  const totals = new Map(Object.entries(sales).map(([k, v]) => [k, new Decimal(v)]))
  for (const { order: prior } of earlier) {
    const placed = new Date(prior.placed_at).getTime()
    if (prior.currency_code !== order.currency_code || placed < range.from.getTime() || placed >= range.to.getTime()) {
      continue
    }
    for (const dealer of chain) {
      if (prior.chain_dealer_ids.includes(dealer)) {
        totals.set(dealer, (totals.get(dealer) ?? new Decimal(0)).plus(prior.base_total))
      }
    }
  }
  return Object.fromEntries([...totals].map(([k, v]) => [k, v.toString()]))
}

export const recordOrderBatchStepId = "record-order-batch"

/**
 * Writes a batch's splits, accruals and reversals in one transaction (the
 * commission module's `recordOrderCommissions`: multi-row inserts, `ON
 * CONFLICT DO NOTHING` on the order and on each entry's idempotency key).
 * The batch workflow's last write: ledger entries are never deleted, so
 * nothing after it can fail and need them undone. Callers hold the orders'
 * locks, so every order it was given is written; if one was not (a writer
 * that ignored the lock), nothing is, and the batch's earlier steps are undone.
 *
 * @example
 * recordOrderBatchStep(prepared)
 */
export const recordOrderBatchStep = createStep(
  recordOrderBatchStepId,
  async (input: Pick<PreparedOrderBatch, "records" | "reversals">, { container }) => {
    if (!input.records.length && !input.reversals.length) {
      return new StepResponse({ orders: 0, entries: 0 })
    }
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const result = await commission.recordOrderCommissions(input.records, input.reversals)
    return new StepResponse({ orders: result.order_ids.length, entries: result.inserted })
  }
)
