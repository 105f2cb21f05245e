import { computeSplit, Split, SplitInput, SplitRule } from "../commission/compute-split"
import { Money } from "../commission/decimal"
import type { InvariantViolation } from "./types"

/** An order's stored split as `commission_order` holds it. */
export type StoredOrderSplit = {
  id: string
  order_id: string
  currency_code: string
  base_total: string
  commission_total: string
  /** SplitInput without the rules (plus `commission_base`, which the split does not read). */
  inputs: Omit<SplitInput, "rules"> & Record<string, unknown>
  plan_snapshot: SplitRule[]
  split: Split
}

/** One accrual of the order as the ledger holds it. */
export type StoredAccrual = {
  id: string
  dealer_id: string
  currency_code: string
  line_item_id: string | null
  level: number | null
  amount: string
  rule_id: string | null
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order, so equality is by content. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null))))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys)
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])])
    )
  }
  return value
}

/**
 * Deep equality by JSON content: object keys in any order, a property that
 * is undefined counts as absent (as after a jsonb round trip). Faster than
 * comparing canonical strings, which matters at a million orders.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    return false
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return false
  }
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((v, i) => sameJson(v ?? null, other[i] ?? null))
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined)
  const kx = keys(x)
  if (kx.length !== keys(y).length) {
    return false
  }
  return kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameJson(x[k], y[k]))
}

const sameAmount = (a: string | null | undefined, b: string | null | undefined) => {
  try {
    return new Money(a ?? "NaN").eq(new Money(b ?? "NaN"))
  } catch {
    return false
  }
}

/**
 * Recomputes an order's split from what was stored with it (lines, frozen
 * chain, settings, month sales and the plan snapshot) with the pure
 * commission function, and compares it to the stored split, the stored
 * totals and the order's accruals in the ledger — to the cent.
 */
export function checkOrderSplit(order: StoredOrderSplit, accruals: StoredAccrual[]): InvariantViolation[] {
  const found: InvariantViolation[] = []
  const ids = (...more: string[]) => [order.order_id, order.id, ...more]
  let recomputed: Split
  try {
    recomputed = computeSplit({ ...(order.inputs as SplitInput), rules: order.plan_snapshot ?? [] })
  } catch (e) {
    return [{ message: `order ${order.order_id}: its stored inputs can not be split again (${(e as Error).message})`, ids: ids() }]
  }

  if (!sameJson(recomputed, order.split)) {
    found.push({
      message:
        `order ${order.order_id}: the stored split (commission ${order.split?.commission_total}) is not what the commission function ` +
        `computes from its frozen inputs and plan snapshot (commission ${recomputed.commission_total})`,
      ids: ids(),
    })
  }
  if (!sameAmount(order.commission_total, recomputed.commission_total) || !sameAmount(order.base_total, recomputed.base_total)) {
    found.push({
      message:
        `order ${order.order_id}: stored totals (base ${order.base_total}, commission ${order.commission_total}) ` +
        `differ from the recomputed ones (base ${recomputed.base_total}, commission ${recomputed.commission_total})`,
      ids: ids(),
    })
  }

  const expected = new Map<string, { dealer_id: string; amount: string; rule_id: string | null }>()
  for (const line of recomputed.lines) {
    for (const e of line.entries) {
      expected.set(`${line.line_id}:${e.level}`, { dealer_id: e.dealer_id, amount: e.amount, rule_id: e.rule_id ?? null })
    }
  }
  const seen = new Set<string>()
  for (const a of accruals) {
    const key = `${a.line_item_id}:${a.level}`
    const want = expected.get(key)
    if (!want) {
      found.push({ message: `order ${order.order_id}: accrual ${a.id} (line ${a.line_item_id}, level ${a.level}) is not in the split`, ids: ids(a.id) })
      continue
    }
    if (seen.has(key)) {
      continue // a duplicate accrual: invariant 1 names it
    }
    seen.add(key)
    if (a.dealer_id !== want.dealer_id || !sameAmount(a.amount, want.amount) || (a.rule_id ?? null) !== want.rule_id ||
        a.currency_code.toLowerCase() !== recomputed.currency_code) {
      found.push({
        message:
          `order ${order.order_id}: accrual ${a.id} (line ${a.line_item_id}, level ${a.level}) is ${a.amount} to ${a.dealer_id}; ` +
          `the split gives ${want.amount} to ${want.dealer_id}`,
        ids: ids(a.id),
      })
    }
  }
  for (const [key, want] of expected) {
    if (!seen.has(key)) {
      const [line, level] = [key.slice(0, key.lastIndexOf(":")), key.slice(key.lastIndexOf(":") + 1)]
      found.push({
        message: `order ${order.order_id}: the split gives ${want.amount} to ${want.dealer_id} for line ${line} at level ${level}, but the ledger has no such accrual`,
        ids: ids(),
      })
    }
  }
  return found
}
