import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currencyPrecision } from "../../../lib/commission/currency-precision"
import { reversalFractions, reversalsToWrite } from "../../../lib/commission/reversal-fractions"
import type CommissionModuleService from "../../../modules/commission/service"
import type { LedgerEntryRow } from "../../../modules/commission/service"
import type { NewLedgerEntry } from "../../../modules/commission/ledger-rows"
import { COMMISSION_MODULE } from "../../../types/module-names"
import { CommissionOrderState, loadCommissionOrderStates } from "../utils/load-order-states"

export const syncOrderReversalsStepId = "sync-order-reversals"

/**
 * Claws back an order's commission to match what the order is now: all of it
 * when canceled, the returned share of each line, and refunds beyond the
 * returned goods spread over the rest. It compares each accrual's target
 * reversal with what is already reversed and writes only the difference,
 * keyed by the accrual and the cumulative target, so repeated and reordered
 * events converge on the same total and never reverse more than was accrued.
 *
 * A reversal hits the bucket its accrual is in; once the accrual is paid it
 * reduces `available` (the balance may go negative and the next payout nets it).
 * Callers hold the order's commission lock; the accrual passes the order it
 * read under that lock (`order`), so it is not read again.
 *
 * @example
 * syncOrderReversalsStep({ order_id: "order_1" })
 */
export const syncOrderReversalsStep = createStep(
  syncOrderReversalsStepId,
  async (input: { order_id: string; order?: CommissionOrderState | null }, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    // An order the accrual already read under the lock: with nothing to give back
    // (not canceled, nothing returned or refunded) no reversal can be due, whatever
    // the accruals are, so they are not read.
    if (input.order && !hasReversalFractions(input.order)) {
      return new StepResponse({ written: 0 })
    }
    const accruals = await commission.listOrderAccruals(input.order_id)
    if (!accruals.length) {
      return new StepResponse({ written: 0 })
    }
    const order = input.order ?? (await loadCommissionOrderStates(container, [input.order_id]))[0]
    if (!order) {
      return new StepResponse({ written: 0 })
    }
    const entries = buildReversalEntries(order, accruals)
    const written = entries.length ? await commission.appendEntries(entries) : []
    return new StepResponse({ written: written.length })
  }
)

/** An accrual as the reversals read it: the ledger row and how much of it is reversed already. */
export type AccrualForReversal = Pick<
  LedgerEntryRow,
  | "id"
  | "dealer_id"
  | "status"
  | "amount"
  | "currency_code"
  | "order_id"
  | "order_display_id"
  | "line_item_id"
  | "product_title"
  | "level"
  | "base"
  | "rate"
  | "rule_id"
  | "rule_type"
> & { reversed: string }


/** True when some of the order's commission is to be given back (canceled, returned, refunded). */
export function hasReversalFractions(order: CommissionOrderState): boolean {
  return Object.values(reversalFractions(order)).some((f) => f.gt(0))
}

/**
 * The reversals that bring an order's accruals to what the order is now —
 * the per-order reversal step and the batched accrual both write these.
 */
export function buildReversalEntries(order: CommissionOrderState, accruals: AccrualForReversal[]): NewLedgerEntry[] {
  const fractions = reversalFractions(order)
  const precision = currencyPrecision(order.currency_code)
  const byId = new Map(accruals.map((a) => [a.id, a]))
  const lines = new Map(order.lines.map((l) => [l.line_id, l]))
  const toWrite = reversalsToWrite(
    accruals.map((a) => ({ id: a.id, amount: a.amount, line_item_id: a.line_item_id!, reversed: a.reversed })),
    fractions,
    precision
  )
  return toWrite.map((r) => {
    const accrual = byId.get(r.accrual_id)!
    const line = lines.get(accrual.line_item_id!)
    return {
      idempotency_key: `reversal:${accrual.id}:${r.target}`,
      dealer_id: accrual.dealer_id,
      kind: "reversal",
      // A reversal of money already paid or in a payout is netted off by the next payout.
      status: accrual.status === "pending" ? "pending" : "available",
      amount: r.amount,
      currency_code: accrual.currency_code,
      order_id: accrual.order_id,
      order_display_id: accrual.order_display_id,
      line_item_id: accrual.line_item_id,
      product_title: accrual.product_title,
      level: accrual.level,
      base: accrual.base,
      rate: accrual.rate,
      rule_id: accrual.rule_id,
      rule_type: accrual.rule_type,
      reverses_entry_id: accrual.id,
      reason: order.canceled ? "canceled" : line && line.returned_quantity > 0 ? "returned" : "refunded",
    }
  })
}
