import Decimal from "decimal.js"
import { currencyPrecision } from "../commission/currency-precision"
import { formatAmount, Money } from "../commission/decimal"
import { reversalFractions } from "../commission/reversal-fractions"

/**
 * The sales fact rows of one order: one per order line, recomputed from
 * what the order, its attribution and the commission ledger say now — never
 * incremented — so the same inputs always give the same rows, and replaying
 * events in any order and any number of times converges.
 *
 * What was given back is valued exactly as commission claws back
 * (`reversalFractions`): a canceled order gives back everything; returned
 * goods their share of their line; refunds beyond the returned goods are a
 * price cut spread over what the customer kept. A line's `refunded_amount`
 * is that fraction of its net amount, rounded half-up to the currency.
 */

export type FactOrderLine = {
  line_id: string
  product_id: string | null
  variant_id: string | null
  sku: string | null
  title: string | null
  collection_id: string | null
  category_ids: string[]
  quantity: number
  returned_quantity: number
  /** The whole line after discounts, before tax and shipping (any decimals). */
  net: string
  /** What the customer paid for the whole line, tax included. */
  value: string
}

export type FactOrder = {
  id: string
  display_id: number | null
  created_at: Date
  currency_code: string
  canceled: boolean
  refunded_total: string
  customer_id: string | null
  region_id: string | null
  sales_channel_id: string | null
  country_code: string | null
  lines: FactOrderLine[]
}

export type FactChainMember = { dealer_id: string; tier_id?: string | null; level: number }

export type FactAttribution = {
  dealer_id: string | null
  /** The frozen chain, level 1 = the attributed dealer. */
  chain: FactChainMember[] | null
} | null

export type FactLedgerEntry = { line_item_id: string | null; kind: string; amount: string }

export type SalesFactRow = {
  order_id: string
  line_item_id: string
  order_display_id: number | null
  placed_at: Date
  customer_id: string | null
  dealer_id: string | null
  dealer_tier_id: string | null
  upline_dealer_ids: string[]
  product_id: string | null
  variant_id: string | null
  sku: string | null
  product_title: string | null
  collection_id: string | null
  category_ids: string[]
  region_id: string | null
  country_code: string | null
  sales_channel_id: string | null
  currency_code: string
  quantity: number
  returned_quantity: number
  net_amount: string
  refunded_amount: string
  commission_amount: string
  canceled: boolean
}

/** The dealer columns of an attribution: the dealer, its tier and its upline as frozen at placement. */
export function dealerColumns(attribution: FactAttribution): Pick<SalesFactRow, "dealer_id" | "dealer_tier_id" | "upline_dealer_ids"> {
  if (!attribution?.dealer_id) {
    return { dealer_id: null, dealer_tier_id: null, upline_dealer_ids: [] }
  }
  const chain = [...(attribution.chain ?? [])].sort((a, b) => a.level - b.level)
  const self = chain.find((m) => m.dealer_id === attribution.dealer_id)
  return {
    dealer_id: attribution.dealer_id,
    dealer_tier_id: self?.tier_id ?? null,
    upline_dealer_ids: chain.filter((m) => m.dealer_id !== attribution.dealer_id).map((m) => m.dealer_id),
  }
}

/** Each line's commission: its accruals and reversals summed (all levels), exactly. */
export function commissionByLine(entries: FactLedgerEntry[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>()
  for (const entry of entries) {
    if (!entry.line_item_id || (entry.kind !== "accrual" && entry.kind !== "reversal")) continue
    sums.set(entry.line_item_id, (sums.get(entry.line_item_id) ?? new Money(0)).plus(entry.amount))
  }
  return sums
}

/** The fact rows of an order, in line order. */
export function buildSalesFactRows(order: FactOrder, attribution: FactAttribution, entries: FactLedgerEntry[]): SalesFactRow[] {
  const currency = order.currency_code.toLowerCase()
  const precision = currencyPrecision(currency)
  const fractions = reversalFractions(order)
  const commission = commissionByLine(entries)
  const dealer = dealerColumns(attribution)

  return order.lines.map((line) => {
    const net = new Money(formatAmount(line.net, precision))
    const fraction = fractions[line.line_id] ?? new Money(0)
    const refunded = fraction.gte(1)
      ? net
      : Decimal.min(net, net.times(fraction).toDecimalPlaces(precision, Decimal.ROUND_HALF_UP))
    return {
      order_id: order.id,
      line_item_id: line.line_id,
      order_display_id: order.display_id,
      placed_at: order.created_at,
      customer_id: order.customer_id,
      ...dealer,
      product_id: line.product_id,
      variant_id: line.variant_id,
      sku: line.sku,
      product_title: line.title,
      collection_id: line.collection_id,
      category_ids: [...line.category_ids].sort(),
      region_id: order.region_id,
      country_code: order.country_code?.toLowerCase() ?? null,
      sales_channel_id: order.sales_channel_id,
      currency_code: currency,
      quantity: line.quantity,
      returned_quantity: Math.min(line.quantity, line.returned_quantity),
      net_amount: net.toFixed(precision),
      refunded_amount: refunded.toFixed(precision),
      commission_amount: (commission.get(line.line_id) ?? new Money(0)).toFixed(precision),
      canceled: order.canceled,
    }
  })
}
