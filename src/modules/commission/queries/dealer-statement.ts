import Decimal from "decimal.js"
import { LEDGER_ENTRY_COLUMNS } from "../ledger-rows"
import type { LedgerEntryRow, PeriodTotals, StatementSnapshot } from "../service"

/**
 * A dealer's statement in ONE SQL statement (one round trip,
 * `dealerStatementSql`): per currency the entries before the range's end and
 * the opening balance (one index-only pass over the dealer's rows of the
 * covering index (dealer_id, currency_code, created_at) INCLUDE (amount,
 * status, kind)), the month's frozen snapshot, and the range's entries
 * (oldest first, amounts as exact numeric text), from which
 * `dealerStatementRows` sums the range's figures. The dealer's code and name
 * belong to the distribution module and are read through it, beside this
 * statement.
 *
 * The figures of many dealers, and of one without its entries (the CSV
 * export), are read by `dealerStatementFigures` with the CTEs below.
 */

/** An instant as `Date.prototype.toISOString()` writes it (milliseconds truncated, as pg's Date parsing does). */
const isoUtc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const KINDS = ["accrual", "reversal", "adjustment", "payout"] as const
const STATUSES = ["pending", "available", "reserved", "paid"] as const

/**
 * Figures per currency (t) and the period's snapshot (s); `onlyCurrency`
 * limits both to the asked currency. Bindings: to, from, to, (from, to) × 8,
 * from, to, dealer, [currency], period, dealer, [currency].
 */
export function statementFiguresCtes(onlyCurrency: boolean) {
  const currency = onlyCurrency ? "AND currency_code = ?" : ""
  const inPeriod = "created_at >= ? AND created_at < ?"
  const sum = (extra: string) => `coalesce(sum(amount) FILTER (WHERE ${inPeriod} AND ${extra}), 0)::text`
  return `t AS (
       SELECT currency_code,
              count(*) FILTER (WHERE created_at < ?)::int AS rows_before_end,
              coalesce(sum(amount) FILTER (WHERE created_at < ?), 0)::text AS opening_balance,
              coalesce(sum(amount) FILTER (WHERE created_at < ?), 0)::text AS closing_balance,
              ${KINDS.map((k) => `${sum(`kind = '${k}'`)} AS k_${k}`).join(", ")},
              ${STATUSES.map((k) => `${sum(`status = '${k}'`)} AS s_${k}`).join(", ")},
              count(*) FILTER (WHERE ${inPeriod})::int AS entry_count
         FROM commission_entry
        WHERE dealer_id = ? AND deleted_at IS NULL ${currency}
        GROUP BY currency_code
     ), s AS (
       SELECT currency_code, (raw_opening_balance->>'value') AS opening_balance,
              (raw_closing_balance->>'value') AS closing_balance, totals, entry_count, created_at
         FROM commission_statement
        WHERE period = ? AND dealer_id = ? AND deleted_at IS NULL ${currency}
     )`
}

/** The columns of one figures row (t full-joined to s, as dealerStatementFigures reads them). */
export function statementFiguresColumns() {
  return `coalesce(t.currency_code, s.currency_code) AS currency_code, t.currency_code IS NOT NULL AS has_entries,
          t.rows_before_end, t.opening_balance, t.closing_balance,
          ${KINDS.map((k) => `t.k_${k}`).join(", ")}, ${STATUSES.map((k) => `t.s_${k}`).join(", ")}, t.entry_count,
          s.currency_code IS NOT NULL AS has_snapshot, s.opening_balance AS snapshot_opening_balance,
          s.closing_balance AS snapshot_closing_balance, s.totals AS snapshot_totals,
          s.entry_count AS snapshot_entry_count, s.created_at AS snapshot_created_at`
}

export function statementFiguresParams(dealerId: string, range: { period: string | null; from: Date; to: Date }, currency?: string) {
  return [
    range.to,
    range.from,
    range.to,
    ...Array(KINDS.length + STATUSES.length).fill([range.from, range.to]).flat(),
    range.from,
    range.to,
    dealerId,
    ...(currency ? [currency] : []),
    range.period,
    dealerId,
    ...(currency ? [currency] : []),
  ]
}

/** Figures rows (as statementFiguresColumns names them) into currencies, totals and snapshots. */
export function statementFiguresOf(dealerId: string, rows: any[]) {
  const currencies: string[] = []
  const totals: PeriodTotals[] = []
  const snapshots: StatementSnapshot[] = []
  for (const r of rows) {
    if (r.has_entries) {
      currencies.push(r.currency_code)
    }
    // As periodTotals: a currency counts in the range once it has entries before the range's end.
    if (r.has_entries && Number(r.rows_before_end) > 0) {
      totals.push({
        dealer_id: dealerId,
        currency_code: r.currency_code,
        opening_balance: r.opening_balance,
        closing_balance: r.closing_balance,
        by_kind: Object.fromEntries(KINDS.map((k) => [k, r[`k_${k}`]])),
        by_status: Object.fromEntries(STATUSES.map((k) => [k, r[`s_${k}`]])),
        entry_count: Number(r.entry_count),
      })
    }
    if (r.has_snapshot) {
      snapshots.push({
        dealer_id: dealerId,
        currency_code: r.currency_code,
        opening_balance: r.snapshot_opening_balance,
        closing_balance: r.snapshot_closing_balance,
        totals: r.snapshot_totals,
        entry_count: r.snapshot_entry_count,
        created_at: new Date(r.snapshot_created_at),
      })
    }
  }
  return { currencies, totals, snapshots }
}

/**
 * A row's entry without the head's columns, keys in LEDGER_ENTRY_COLUMNS'
 * order (a unit test holds the two together; the type, every field). Written
 * out because it is what a big month costs in Node: for 4,000 rows a rest
 * pattern (`{ figures, snapshots, ...entry }`) took 10 ms and a loop over the
 * column names 20 ms, this 1.7 ms.
 */
export const entryOf = (r: Record<string, any>): LedgerEntryRow => ({
  id: r.id,
  dealer_id: r.dealer_id,
  kind: r.kind,
  status: r.status,
  amount: r.amount,
  currency_code: r.currency_code,
  order_id: r.order_id,
  order_display_id: r.order_display_id,
  line_item_id: r.line_item_id,
  product_title: r.product_title,
  level: r.level,
  base: r.base,
  rate: r.rate,
  rule_id: r.rule_id,
  rule_type: r.rule_type,
  reverses_entry_id: r.reverses_entry_id,
  payout_id: r.payout_id,
  reason: r.reason,
  created_by: r.created_by,
  idempotency_key: r.idempotency_key,
  created_at: r.created_at,
})

/** Which of dealerStatementSql's four texts: an asked currency or not, a month (with its snapshot) or a custom range. */
type StatementShape = { currency: boolean; period: boolean }

const statementSqls = new Map<string, string>()

/**
 * The statement query, one row per entry of the range (oldest first), each
 * row led by the same head columns (the entries LEFT JOINed to one head row,
 * so a range without entries is one row of nulls after its head):
 *
 * - `figures`: JSON text, per currency (only the asked one, if any) the
 *   number of entries before the range's end and the sum of those before its
 *   start (the opening balance, null without any); the dealer's currencies
 *   are the rows.
 * - `snapshots`: JSON text, the month's frozen statements (months only).
 * - the entry's LEDGER_ENTRY_COLUMNS: of the asked currency, else of every
 *   currency (a statement without an asked currency exists only for a
 *   dealer with one; dealerStatementRows keeps the first's).
 *
 * What the month's entries sum to (totals by kind and status, closing
 * balance) is summed from these rows in dealerStatementRows rather than as
 * nine more FILTER sums: PostgreSQL parses and plans a statement with them
 * in about twice the time, and a month's rows are few. The opening balance
 * still passes over every earlier row of the dealer, read from the covering
 * index (dealer_id, currency_code, created_at) INCLUDE (amount, status, kind).
 * Bindings: dealerStatementParams.
 */
export function dealerStatementSql(shape: StatementShape): string {
  const key = `${shape.currency}:${shape.period}`
  let sql = statementSqls.get(key)
  if (!sql) {
    const currency = shape.currency ? "AND currency_code = ?" : ""
    const snapshots = shape.period
      ? `(SELECT json_agg(s ORDER BY s.currency_code) FROM (
             SELECT currency_code, raw_opening_balance->>'value' AS opening_balance,
                    raw_closing_balance->>'value' AS closing_balance, totals, entry_count, ${isoUtc("created_at")} AS created_at
               FROM commission_statement
              WHERE dealer_id = ? AND period = ? AND deleted_at IS NULL ${currency}) s)::text`
      : "NULL"
    sql = `
SELECT h.figures, h.snapshots, e.*
  FROM (SELECT json_agg(t ORDER BY t.currency_code)::text AS figures, ${snapshots} AS snapshots
          FROM (SELECT currency_code, count(*) FILTER (WHERE created_at < ?)::int AS rows_before_end,
                       sum(amount) FILTER (WHERE created_at < ?)::text AS opening_balance
                  FROM commission_entry
                 WHERE dealer_id = ? AND deleted_at IS NULL ${currency}
                 GROUP BY currency_code) t) h
  LEFT JOIN LATERAL (
       SELECT ${LEDGER_ENTRY_COLUMNS.map(([name, expr]) => `${expr} AS ${name}`).join(", ")}
         FROM commission_entry e
        WHERE e.dealer_id = ? ${currency && "AND e.currency_code = ?"} AND e.created_at >= ? AND e.created_at < ? AND e.deleted_at IS NULL
  ) e ON true
 ORDER BY e.created_at, e.id`
    statementSqls.set(key, sql)
  }
  return sql
}

/** Bindings of dealerStatementSql({ currency: !!currency, period: !!range.period }); `currency` lower case. */
export function dealerStatementParams(
  dealerId: string,
  range: { period: string | null; from: Date; to: Date },
  currency: string | undefined
): unknown[] {
  const asked = currency ? [currency] : []
  return [
    ...(range.period ? [dealerId, range.period, ...asked] : []),
    range.to,
    range.from,
    dealerId,
    ...asked,
    dealerId,
    ...asked,
    range.from,
    range.to,
  ]
}

/**
 * dealerStatementSql's rows as the statement's figures (what
 * dealerStatementFigures returns, but totals for the statement's currency
 * only: the asked one, else the dealer's first — with several and none
 * asked there is no statement) and its entries (in that currency).
 */
export function dealerStatementRows(
  dealerId: string,
  rows: Record<string, any>[],
  currency: string | undefined
): { figures: { currencies: string[]; totals: PeriodTotals[]; snapshots: StatementSnapshot[] }; entries: LedgerEntryRow[] } {
  const head = rows[0] ?? {}
  const t: { currency_code: string; rows_before_end: number; opening_balance: string | null }[] = head.figures
    ? JSON.parse(head.figures)
    : []
  const currencies = t.map((r) => r.currency_code)
  const code = currency ?? currencies[0]
  const entries: LedgerEntryRow[] = []
  if (head.id != null) {
    for (const row of rows) {
      if (row.currency_code === code) {
        entries.push(entryOf(row))
      }
    }
  }
  const totals: PeriodTotals[] = []
  const own = t.find((r) => r.currency_code === code)
  // As periodTotals: a currency counts in the range once it has entries before the range's end.
  if (own && own.rows_before_end > 0) {
    totals.push({ dealer_id: dealerId, currency_code: own.currency_code, ...monthFigures(own.opening_balance ?? "0", entries) })
  }
  const snapshots: StatementSnapshot[] = (head.snapshots ? JSON.parse(head.snapshots) : []).map((s: any) => ({
    dealer_id: dealerId,
    currency_code: s.currency_code,
    opening_balance: s.opening_balance,
    closing_balance: s.closing_balance,
    totals: s.totals,
    entry_count: s.entry_count,
    created_at: new Date(s.created_at),
  }))
  return { figures: { currencies, totals, snapshots }, entries }
}

/**
 * The figures of a range from its opening balance and its entries, as
 * PostgreSQL's `coalesce(sum(amount) FILTER (…), 0)::text` gives them: exact
 * sums written with as many decimals as the most precise amount summed
 * ("0" when none), the closing balance as the sum of every entry before the
 * range's end (the opening's decimals count).
 */
export function monthFigures(opening: string, entries: { amount: string; kind: string; status: string }[]) {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, new ExactSum()])) as Record<string, ExactSum>
  const byStatus = Object.fromEntries(STATUSES.map((k) => [k, new ExactSum()])) as Record<string, ExactSum>
  const closing = new ExactSum().add(opening, new Exact(opening))
  for (const e of entries) {
    const amount = new Exact(e.amount)
    closing.add(e.amount, amount)
    byKind[e.kind]?.add(e.amount, amount)
    byStatus[e.status]?.add(e.amount, amount)
  }
  return {
    opening_balance: opening,
    closing_balance: closing.text(),
    by_kind: Object.fromEntries(KINDS.map((k) => [k, byKind[k].text()])),
    by_status: Object.fromEntries(STATUSES.map((k) => [k, byStatus[k].text()])),
    entry_count: entries.length,
  }
}

// Exact: sums of amounts never round (decimal.js rounds to `precision` significant digits).
const Exact = Decimal.clone({ precision: 1e9 })

/** A PostgreSQL numeric sum: exact, shown with the largest scale among its terms; "0" while empty. */
class ExactSum {
  private value: Decimal | null = null
  private scale = 0

  /** Adds `value`, the amount written as `text` (PostgreSQL's numeric text: its scale is what follows the point). */
  add(text: string, value: Decimal) {
    const point = text.indexOf(".")
    this.scale = Math.max(this.scale, point < 0 ? 0 : text.length - point - 1)
    this.value = this.value ? this.value.plus(value) : value
    return this
  }

  text() {
    return this.value ? this.value.toFixed(this.scale) : "0"
  }
}
