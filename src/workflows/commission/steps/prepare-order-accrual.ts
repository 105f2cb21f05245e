import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeSplit, splitSettingsOf, Split, SplitChainMember, SplitInput } from "../../../lib/commission/compute-split"
import { currencyPrecision } from "../../../lib/commission/currency-precision"
import { formatAmount } from "../../../lib/commission/decimal"
import { monthRangeOf } from "../../../lib/commission/period"
import type CommissionModuleService from "../../../modules/commission/service"
import type { NewOrderCommission } from "../../../modules/commission/service"
import type { NewLedgerEntry } from "../../../modules/commission/ledger-rows"
import type DistributionModuleService from "../../../modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../../types/module-names"
import { lineBase, loadCommissionOrderStates } from "../utils/load-order-states"
import { toSplitRule } from "../../../modules/commission/rule-snapshot"

export type PreparedOrderAccrual = {
  order_commission: NewOrderCommission
  entries: NewLedgerEntry[]
} | null

export const prepareOrderAccrualStepId = "prepare-order-accrual"

/**
 * Computes an attributed order's split from its frozen chain, the current
 * plan and the chain's month sales, and builds the accruals to write — one
 * `pending` entry per line and earning level, keyed `accrual:{line}:{level}`.
 * Null when the order earns nothing (no dealer, not commissionable).
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
    if (!attribution?.dealer_id || !attribution.commissionable) {
      return new StepResponse<PreparedOrderAccrual>(null)
    }
    const [order] = await loadCommissionOrderStates(container, [input.order_id])
    if (!order) {
      return new StepResponse<PreparedOrderAccrual>(null)
    }
    const options = commission.getOptions()
    const precision = currencyPrecision(order.currency_code)
    const chain = (attribution.chain as unknown as SplitChainMember[]) ?? []
    const rules = (await commission.listPlan()).map(toSplitRule)
    const month = monthRangeOf(order.created_at, options.timezone)
    // The month's sales before this order (orders placed earlier this month), which only
    // volume tiers read: a plan without them skips the sum (measured: the costliest read
    // of an accrual for a dealer with a busy month, bench/commission-throughput.mjs).
    const monthSales = rules.some((r) => r.type === "volume_tiers" && r.is_active !== false)
      ? await commission.salesByDealer(chain.map((m) => m.dealer_id), order.currency_code, {
          from: month.from,
          to: order.created_at,
        })
      : {}

    const splitInput: SplitInput = {
      currency_code: order.currency_code,
      lines: order.lines.map((l) => ({
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
      month_sales: monthSales,
    }
    const split = computeSplit(splitInput)
    const { rules: _rules, ...inputs } = splitInput

    return new StepResponse<PreparedOrderAccrual>({
      order_commission: {
        order_id: order.id,
        order_display_id: order.display_id,
        dealer_id: attribution.dealer_id,
        chain_dealer_ids: chain.map((m) => m.dealer_id),
        currency_code: order.currency_code,
        base_total: split.base_total,
        commission_total: split.commission_total,
        placed_at: order.created_at,
        inputs: { ...inputs, commission_base: options.commission_base },
        plan_snapshot: rules,
        split,
      },
      entries: accrualEntries(split, order.id, order.display_id),
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
