import Decimal from "decimal.js"
import { currencyPrecision } from "../commission/currency-precision"

/**
 * Stock count maths (盘点): the variance of a counted line is counted −
 * snapshot, valued at the unit cost recorded when the count started; applying
 * a count moves the CURRENT level by that variance, so stock sold or moved
 * while people were counting is not overwritten.
 */

export type CountLineLike = {
  snapshot_quantity: number
  counted_quantity: number | null
  unit_cost?: string | number | null
  currency_code?: string | null
}

/** Counted − snapshot, or null while the line is uncounted. */
export function varianceQuantity(line: CountLineLike): number | null {
  return line.counted_quantity == null ? null : line.counted_quantity - line.snapshot_quantity
}

/** Variance × unit cost, rounded to the currency's decimals; null when uncounted or no cost is known. */
export function varianceValue(line: CountLineLike): string | null {
  const variance = varianceQuantity(line)
  if (variance == null || line.unit_cost == null || line.unit_cost === "" || !line.currency_code) {
    return null
  }
  const places = currencyPrecision(line.currency_code)
  return new Decimal(line.unit_cost).mul(variance).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places)
}

/** The level change applying a counted line makes (0 for an uncounted one). */
export function countAdjustment(line: CountLineLike): number {
  return varianceQuantity(line) ?? 0
}

export type CountTotals = {
  lines: number
  counted: number
  variance_lines: number
  variance_quantity: number
  /** Sum of line values in one currency; null when no line has a cost, or costs are in several currencies. */
  variance_value: string | null
  currency_code: string | null
}

export function countTotals(lines: CountLineLike[]): CountTotals {
  let counted = 0
  let varianceLines = 0
  let varianceQty = 0
  let value = new Decimal(0)
  const currencies = new Set<string>()
  let valued = 0
  for (const line of lines) {
    const variance = varianceQuantity(line)
    if (variance == null) continue
    counted++
    if (variance !== 0) {
      varianceLines++
      varianceQty += variance
    }
    const lineValue = varianceValue(line)
    if (lineValue != null) {
      valued++
      value = value.add(lineValue)
      currencies.add(line.currency_code!.toLowerCase())
    }
  }
  const currency = currencies.size === 1 ? [...currencies][0] : null
  return {
    lines: lines.length,
    counted,
    variance_lines: varianceLines,
    variance_quantity: varianceQty,
    variance_value: valued && currency ? value.toFixed(currencyPrecision(currency)) : null,
    currency_code: currency,
  }
}

export type CountEntry = {
  line_id?: string
  inventory_item_id?: string
  sku?: string
  counted_quantity: number | null
  /** The CSV row it came from, for error messages. */
  row?: number
}

export type CountLineRef = { id: string; inventory_item_id: string; sku: string | null }

/**
 * Matches entered counts to the count's lines (by line id, inventory item id
 * or SKU — SKUs case-insensitively). Every problem is reported, each naming
 * its row or entry, so a whole sheet is fixed in one go.
 */
export function resolveCountEntries(lines: CountLineRef[], entries: CountEntry[]): { updates: { id: string; counted_quantity: number | null }[]; errors: string[] } {
  const byId = new Map(lines.map((l) => [l.id, l]))
  const byItem = new Map(lines.map((l) => [l.inventory_item_id, l]))
  const bySku = new Map<string, CountLineRef>()
  for (const line of lines) if (line.sku) bySku.set(line.sku.toLowerCase(), line)
  const errors: string[] = []
  const updates = new Map<string, { id: string; counted_quantity: number | null; where: string }>()
  entries.forEach((entry, index) => {
    const where = entry.row != null ? `row ${entry.row}` : `entry ${index + 1}`
    let line: CountLineRef | undefined
    if (entry.line_id) {
      line = byId.get(entry.line_id)
      if (!line) return void errors.push(`${where}: line ${entry.line_id} is not on this count`)
    } else if (entry.inventory_item_id) {
      line = byItem.get(entry.inventory_item_id)
      if (!line) return void errors.push(`${where}: inventory item ${entry.inventory_item_id} is not on this count`)
    } else if (entry.sku) {
      line = bySku.get(entry.sku.trim().toLowerCase())
      if (!line) return void errors.push(`${where}: unknown SKU "${entry.sku}"`)
    } else {
      return void errors.push(`${where}: give a line_id, an inventory_item_id or a sku`)
    }
    if (entry.counted_quantity != null && (!Number.isInteger(entry.counted_quantity) || entry.counted_quantity < 0)) {
      return void errors.push(`${where}: counted quantity of ${line.sku ?? line.inventory_item_id} must be a whole number ≥ 0`)
    }
    const previous = updates.get(line.id)
    if (previous) {
      return void errors.push(`${where}: ${line.sku ?? line.inventory_item_id} was already given in ${previous.where}`)
    }
    updates.set(line.id, { id: line.id, counted_quantity: entry.counted_quantity, where })
  })
  return { updates: [...updates.values()].map(({ id, counted_quantity }) => ({ id, counted_quantity })), errors }
}
