// The statement query as it was before this round (figures for every
// currency as eleven FILTER sums over all of the dealer's rows, the snapshot
// CTE, the entries in a UNION ALL), kept in the benchmark only to time it
// side by side with the current one in the same run. Not used by the plugin.
import { LEDGER_ENTRY_COLUMNS } from "../../src/modules/commission/ledger-rows"
import type { LedgerEntryRow } from "../../src/modules/commission/service"
import { statementFiguresCtes, statementFiguresOf, statementFiguresParams } from "../../src/modules/commission/queries/dealer-statement"

const isoUtc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

export function dealerStatementSqlBefore(onlyCurrency: boolean) {
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

export function dealerStatementParamsBefore(
  dealerId: string,
  range: { period: string | null; from: Date; to: Date },
  currency: string | undefined
) {
  return [...statementFiguresParams(dealerId, range, currency), dealerId, ...(currency ? [currency] : []), range.from, range.to]
}

function statementHeadFiguresBefore(dealerId: string, head: { figures: any[] | null; snapshots: any[] | null }) {
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

/** CommissionModuleService.dealerStatement as it was (same manager path: a forked entity manager's execute). */
export async function dealerStatementBefore(
  commission: unknown,
  dealerId: string,
  range: { period: string | null; from: Date; to: Date },
  currencyCode: string | undefined
) {
  const manager = (commission as any).baseRepository_.getFreshManager()
  const currency = currencyCode?.toLowerCase()
  const [head, ...rows] = await manager.execute(dealerStatementSqlBefore(!!currency), dealerStatementParamsBefore(dealerId, range, currency))
  const entries = rows.map(({ part, figures, snapshots, ...entry }: any) => entry as LedgerEntryRow)
  return { figures: statementHeadFiguresBefore(dealerId, head), entries }
}
