import { LEDGER_ENTRY_COLUMNS } from "../ledger-rows"
import type { PeriodTotals, StatementSnapshot } from "../service"

/**
 * A dealer's statement in ONE SQL statement (one round trip): its figures
 * per currency (the same CTEs as `dealerStatementFigures`: one index-only
 * pass over the dealer's rows of the covering index (dealer_id,
 * currency_code, created_at) INCLUDE (amount, status, kind)) and the month's
 * frozen snapshot, and the range's entries in the statement's currency (oldest first), with
 * amounts as exact numeric text. The dealer's code and name belong to the
 * distribution module and are read through it, beside this statement.
 *
 * Bindings: see `dealerStatementParams`.
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
 * The statement query: a head row (`figures`: JSON array of t's rows, or
 * null; `snapshots`: of s's; the entry columns null) then the range's entries
 * as plain typed rows (LEDGER_ENTRY_COLUMNS), oldest first (`figures`,
 * `snapshots` null): a UNION ALL, so the entries come as the
 * driver parses any row (no JSON built per row: that cost PostgreSQL ~4× the
 * read for a month of thousands of rows). Without an asked currency the
 * entries are of the dealer's first currency (min of t, i.e. of all its entries).
 */
export function dealerStatementSql(onlyCurrency: boolean) {
  // t and s are not full-joined here (as dealerStatementFigures does): two
  // small JSON arrays cost PostgreSQL less to plan than the join.
  return `
WITH ${statementFiguresCtes(onlyCurrency)}
SELECT 0 AS part,
       (SELECT json_agg(t ORDER BY t.currency_code) FROM t) AS figures,
       (SELECT json_agg(json_build_object('currency_code', s.currency_code, 'opening_balance', s.opening_balance,
                 'closing_balance', s.closing_balance, 'totals', s.totals, 'entry_count', s.entry_count,
                 'created_at', ${isoUtc("s.created_at")}) ORDER BY s.currency_code) FROM s) AS snapshots,
       ${LEDGER_ENTRY_COLUMNS.map(([name]) => `NULL AS ${name}`).join(", ")}
UNION ALL
SELECT 1, NULL, NULL, ${LEDGER_ENTRY_COLUMNS.map(([, expr]) => expr).join(", ")}
  FROM commission_entry e
 WHERE e.dealer_id = ? AND e.currency_code = ${onlyCurrency ? "?" : "(SELECT min(currency_code) FROM t)"}
   AND e.created_at >= ? AND e.created_at < ? AND e.deleted_at IS NULL
ORDER BY part, created_at, id`
}

/** dealerStatementSql's head row (figures: rows of t; snapshots: rows of s) as dealerStatementFigures returns them. */
export function statementHeadFigures(dealerId: string, head: { figures: any[] | null; snapshots: any[] | null }) {
  const figures = statementFiguresOf(
    dealerId,
    (head.figures ?? []).map((t) => ({ ...t, has_entries: true }))
  )
  for (const r of head.snapshots ?? []) {
    figures.snapshots.push({
      dealer_id: dealerId,
      currency_code: r.currency_code,
      opening_balance: r.opening_balance,
      closing_balance: r.closing_balance,
      totals: r.totals,
      entry_count: r.entry_count,
      created_at: new Date(r.created_at),
    })
  }
  return figures
}

/** Bindings of dealerStatementSql(!!currency). */
export function dealerStatementParams(
  dealerId: string,
  range: { period: string | null; from: Date; to: Date },
  currency: string | undefined
) {
  return [
    ...statementFiguresParams(dealerId, range, currency),
    dealerId,
    ...(currency ? [currency] : []),
    range.from,
    range.to,
  ]
}
