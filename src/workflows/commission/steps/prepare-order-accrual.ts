import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeSplit, splitSettingsOf, Split, SplitChainMember, SplitInput, SplitRule } from "../../../lib/commission/compute-split"
import { currencyPrecision } from "../../../lib/commission/currency-precision"
import { formatAmount } from "../../../lib/commission/decimal"
import { monthRangeOf } from "../../../lib/commission/period"
import type { PluginOptions } from "../../../lib/options/plugin-options"
import type { FactOrder } from "../../../lib/reporting/sales-fact-rows"
import type CommissionModuleService from "../../../modules/commission/service"
import type { NewOrderCommission } from "../../../modules/commission/service"
import type { NewLedgerEntry } from "../../../modules/commission/ledger-rows"
import type DistributionModuleService from "../../../modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../../types/module-names"
import { CommissionOrderState, lineBase, toCommissionOrderState } from "../utils/load-order-states"
import { toSplitRule } from "../../../modules/commission/rule-snapshot"
import { SALES_FACT_ORDER_FIELDS, toFactOrder } from "../../reporting/utils/sync-sales-facts"

export type PreparedOrderAccrual = {
  order_commission: NewOrderCommission
  entries: NewLedgerEntry[]
} | null

/**
 * What the accrual workflow passes on: the accrual to write, and the order as
 * it was read under the order's lock — in commission's terms for the
 * reversals and in the sales facts' terms — so later steps do not read it again
 * (null when the order was not read: not attributed, or earns nothing).
 */
export type PreparedOrder = {
  accrual: PreparedOrderAccrual
  order: CommissionOrderState | null
  fact_order: FactOrder | null
}

/** The attribution fields an accrual reads. */
export type AccrualAttribution = { dealer_id: string | null; commissionable: boolean; chain: unknown }

/** True when the plan reads each dealer's month sales (volume tiers). */
export const planNeedsMonthSales = (rules: SplitRule[]) =>
  rules.some((r) => r.type === "volume_tiers" && r.is_active !== false)

/**
 * An attributed order's split and accruals, from its frozen chain, the plan
 * and the chain's month sales: the one computation both the per-order and the
 * batched accrual run, so both write the same rows. Null when the order
 * earns nothing (no dealer, not commissionable).
 */
export function buildOrderAccrual(input: {
  order: CommissionOrderState
  attribution: AccrualAttribution | null | undefined
  rules: SplitRule[]
  options: Pick<PluginOptions, "commission_base" | "max_levels" | "max_total_rate" | "compress_inactive">
  month_sales: Record<string, string>
}): PreparedOrderAccrual {
  const { order, attribution, rules, options } = input
  if (!attribution?.dealer_id || !attribution.commissionable) {
    return null
  }
  const precision = currencyPrecision(order.currency_code)
  const chain = (attribution.chain as unknown as SplitChainMember[]) ?? []
  // Lines in id order: Medusa returns an order's items in no fixed order (one order
  // read alone and the same order read in a batch can differ), and the split keeps it.
  const lines = [...order.lines].sort((a, b) => (a.line_id < b.line_id ? -1 : a.line_id > b.line_id ? 1 : 0))
  const splitInput: SplitInput = {
    currency_code: order.currency_code,
    lines: lines.map((l) => ({
      line_id: l.line_id,
      title: l.title,
      product_id: l.product_id,
      collection_id: l.collection_id,
      category_ids: l.category_ids,
      quantity: l.quantity,
      base: formatAmount(lineBase(l, options.commission_base), precision),
    })),
    chain,
    rules,
    settings: splitSettingsOf(options),
    month_sales: input.month_sales,
  }
  const split = computeSplit(splitInput)
  const { rules: _rules, ...inputs } = splitInput
  const placedAt = new Date(order.created_at)
  return {
    order_commission: {
      order_id: order.id,
      order_display_id: order.display_id,
      dealer_id: attribution.dealer_id,
      chain_dealer_ids: chain.map((m) => m.dealer_id),
      currency_code: order.currency_code,
      base_total: split.base_total,
      commission_total: split.commission_total,
      placed_at: placedAt,
      inputs: { ...inputs, commission_base: options.commission_base },
      plan_snapshot: rules,
      split,
    },
    entries: accrualEntries(split, order.id, order.display_id),
  }
}

/** The month (in the merchant's timezone) an order's volume tiers count sales in, up to the order. */
export function monthSalesRange(order: Pick<CommissionOrderState, "created_at">, timezone: string) {
  const placedAt = new Date(order.created_at)
  return { from: monthRangeOf(placedAt, timezone).from, to: placedAt }
}

export const prepareOrderAccrualStepId = "prepare-order-accrual"

/**
 * Computes an attributed order's split from its frozen chain, the current
 * plan and the chain's month sales, and builds the accruals to write — one
 * `pending` entry per line and earning level, keyed `accrual:{line}:{level}`.
 * The accrual is null when the order earns nothing (no dealer, not
 * commissionable). The order is read once, with the sales facts' fields, and
 * passed on to the reversal and sales fact steps.
 *
 * @example
 * const prepared = prepareOrderAccrualStep({ order_id: "order_1" })
 */
export const prepareOrderAccrualStep = createStep(
  prepareOrderAccrualStepId,
  async (input: { order_id: string }, { container }) => {
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const [attribution] = await distribution.listOrderAttributions({ order_id: input.order_id })
    const none: PreparedOrder = { accrual: null, order: null, fact_order: null }
    if (!attribution?.dealer_id || !attribution.commissionable) {
      return new StepResponse(none)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: SALES_FACT_ORDER_FIELDS, filters: { id: input.order_id } })
    if (!data[0]) {
      return new StepResponse(none)
    }
    const order = toCommissionOrderState(data[0])
    const options = commission.getOptions()
    const rules = (await commission.listPlan()).map(toSplitRule)
    // The month's sales before this order (orders placed earlier this month), which only
    // volume tiers read: a plan without them skips the sum (measured: the costliest read
    // of an accrual for a dealer with a busy month, bench/commission-throughput.mjs).
    const chain = ((attribution.chain as unknown as SplitChainMember[]) ?? []).map((m) => m.dealer_id)
    const month_sales = planNeedsMonthSales(rules)
      ? await commission.salesByDealer(chain, order.currency_code, monthSalesRange(order, options.timezone))
      : {}
    return new StepResponse<PreparedOrder>({
      accrual: buildOrderAccrual({ order, attribution: attribution as any, rules, options, month_sales }),
      order,
      fact_order: toFactOrder(data[0], order),
    })
  }
)

function accrualEntries(split: Split, orderId: string, displayId: number | null): NewLedgerEntry[] {
  return split.lines.flatMap((line) =>
    line.entries.map((e) => ({
      idempotency_key: `accrual:${line.line_id}:${e.level}`,
      dealer_id: e.dealer_id,
      kind: "accrual" as const,
      status: "pending" as const,
      amount: e.amount,
      currency_code: split.currency_code,
      order_id: orderId,
      order_display_id: displayId,
      line_item_id: line.line_id,
      product_title: line.title,
      level: e.level,
      base: line.base,
      rate: e.rate,
      rule_id: e.rule_id,
      rule_type: e.rule_type,
    }))
  )
}
