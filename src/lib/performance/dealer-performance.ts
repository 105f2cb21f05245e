import { currencyPrecision } from "../commission/currency-precision"
import Decimal from "decimal.js"
import { formatAmount, Money } from "../commission/decimal"

/**
 * A dealer's figures for one period and currency, as the SQL sums them
 * (decimal strings, counts as numbers): the raw material of its performance.
 * - `sales` Σ net_amount of the sales facts it was attributed (before refunds),
 *   `refunded` Σ refunded_amount of the same lines (returns, refunds, cancellations);
 * - `downline_*` the same for every dealer below it in the tree today;
 * - `order_count` its orders that are not canceled, `active_customers` their distinct buyers;
 * - `new_bound_customers` customer bindings to it that started in the period;
 * - `commission_earned` its accruals, reversals and adjustments written in the period,
 *   `commission_paid` what payouts paid it in the period;
 * - `stock_value` Σ stocked × unit cost in its locations now (items costed in the currency).
 */
export type DealerFigureSums = {
  sales: string
  refunded: string
  order_count: number
  active_customers: number
  downline_sales: string
  downline_refunded: string
  downline_order_count: number
  new_bound_customers: number
  commission_earned: string
  commission_paid: string
  stock_value: string
}

export const EMPTY_FIGURES: DealerFigureSums = {
  sales: "0",
  refunded: "0",
  order_count: 0,
  active_customers: 0,
  downline_sales: "0",
  downline_refunded: "0",
  downline_order_count: 0,
  new_bound_customers: 0,
  commission_earned: "0",
  commission_paid: "0",
  stock_value: "0",
}

/** Ratios (return rate, growth) are shown with this many decimals: 0.1234 = 12.34 %. */
export const RATIO_DECIMALS = 4

export type DealerPerformanceFigures = {
  currency_code: string
  /** Own sales: before refunds, refunded, and net (= sales − refunded). */
  sales: string
  refunded: string
  net_sales: string
  /** Net sales of the whole downline (every dealer below), and own + downline. */
  downline_net_sales: string
  team_net_sales: string
  order_count: number
  /** Net sales ÷ orders, in the currency's precision; null without orders. */
  average_order_value: string | null
  new_bound_customers: number
  active_customers: number
  /** Refunded ÷ sales (before refunds); null without sales. */
  return_rate: string | null
  commission_earned: string
  commission_paid: string
  stock_value: string
}

export type DealerPerformanceGrowth = {
  net_sales: string | null
  team_net_sales: string | null
  order_count: string | null
  active_customers: string | null
}

const money = (value: Decimal.Value, currency: string) => formatAmount(value, currencyPrecision(currency))

/** sales − refunded. */
export function netSales(sales: string, refunded: string): Money {
  return new Money(sales || 0).minus(refunded || 0)
}

/** Net sales per order, rounded half-up to the currency; null without orders. */
export function averageOrderValue(net: Decimal.Value, orders: number, currency: string): string | null {
  if (!orders) return null
  return money(new Money(net).dividedBy(orders), currency)
}

/** Refunded ÷ sales to RATIO_DECIMALS; null when nothing was sold. */
export function returnRate(refunded: Decimal.Value, sales: Decimal.Value): string | null {
  const base = new Money(sales)
  if (base.isZero()) return null
  return new Money(refunded).dividedBy(base).toFixed(RATIO_DECIMALS, Decimal.ROUND_HALF_UP)
}

/**
 * (current − previous) ÷ |previous| to RATIO_DECIMALS: 0.5000 is +50 %.
 * Null when the previous figure is zero (growth from nothing has no ratio).
 */
export function growthRate(current: Decimal.Value, previous: Decimal.Value): string | null {
  const before = new Money(previous)
  if (before.isZero()) return null
  return new Money(current).minus(before).dividedBy(before.abs()).toFixed(RATIO_DECIMALS, Decimal.ROUND_HALF_UP)
}

/**
 * Competition rank ("1224"): 1 + how many values are strictly greater, so
 * equal figures share a rank and the next rank skips. `values` includes the
 * dealer's own figure.
 */
export function competitionRank(value: Decimal.Value, values: Decimal.Value[]): number {
  const mine = new Money(value)
  return 1 + values.filter((v) => new Money(v).greaterThan(mine)).length
}

/** The figures shown for a dealer, from the sums of one period. */
export function dealerPerformance(sums: DealerFigureSums, currency: string): DealerPerformanceFigures {
  const net = netSales(sums.sales, sums.refunded)
  const downline = netSales(sums.downline_sales, sums.downline_refunded)
  return {
    currency_code: currency,
    sales: money(sums.sales || 0, currency),
    refunded: money(sums.refunded || 0, currency),
    net_sales: money(net, currency),
    downline_net_sales: money(downline, currency),
    team_net_sales: money(net.plus(downline), currency),
    order_count: sums.order_count,
    average_order_value: averageOrderValue(net, sums.order_count, currency),
    new_bound_customers: sums.new_bound_customers,
    active_customers: sums.active_customers,
    return_rate: returnRate(sums.refunded || 0, sums.sales || 0),
    commission_earned: money(sums.commission_earned || 0, currency),
    commission_paid: money(sums.commission_paid || 0, currency),
    stock_value: money(sums.stock_value || 0, currency),
  }
}

/** Growth of the headline figures against the previous period. */
export function performanceGrowth(
  current: DealerPerformanceFigures,
  previous: DealerPerformanceFigures
): DealerPerformanceGrowth {
  return {
    net_sales: growthRate(current.net_sales, previous.net_sales),
    team_net_sales: growthRate(current.team_net_sales, previous.team_net_sales),
    order_count: growthRate(current.order_count, previous.order_count),
    active_customers: growthRate(current.active_customers, previous.active_customers),
  }
}
