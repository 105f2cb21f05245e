import { newEntityId } from "../../lib/commission/entity-ids"
import type { LedgerEntryKind, LedgerEntryStatus } from "../../types/commission"

/** A ledger entry to write; amounts, bases and rates as decimal strings. */
export type NewLedgerEntry = {
  /** Generated when absent; a batch that writes accruals and their reversals together sets it. */
  id?: string
  idempotency_key: string
  dealer_id: string
  kind: LedgerEntryKind
  status: LedgerEntryStatus
  amount: string
  currency_code: string
  order_id?: string | null
  order_display_id?: number | null
  line_item_id?: string | null
  product_title?: string | null
  level?: number | null
  base?: string | null
  rate?: string | null
  rule_id?: string | null
  rule_type?: string | null
  reverses_entry_id?: string | null
  payout_id?: string | null
  reason?: string | null
  created_by?: string | null
}

const COLUMNS = [
  "id",
  "idempotency_key",
  "dealer_id",
  "kind",
  "status",
  "amount",
  "raw_amount",
  "currency_code",
  "order_id",
  "order_display_id",
  "line_item_id",
  "product_title",
  "level",
  "base",
  "raw_base",
  "rate",
  "raw_rate",
  "rule_id",
  "rule_type",
  "reverses_entry_id",
  "payout_id",
  "reason",
  "created_by",
] as const

/** The `raw_*` JSON of a bigNumber column: Medusa keeps the exact value beside the numeric one. */
export const rawBigNumber = (value: string | null | undefined) =>
  value === null || value === undefined ? null : JSON.stringify({ value, precision: 20 })

/**
 * One multi-row `INSERT … ON CONFLICT (idempotency_key) DO NOTHING`: a batch
 * of entries in one round trip, and an entry that already exists (a repeated
 * event, a retried workflow, another worker) is silently skipped.
 */
export function insertLedgerEntriesSql(entries: NewLedgerEntry[]): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const rows = entries.map((e) => {
    params.push(
      e.id ?? newEntityId("cment"),
      e.idempotency_key,
      e.dealer_id,
      e.kind,
      e.status,
      e.amount,
      rawBigNumber(e.amount),
      e.currency_code.toLowerCase(),
      e.order_id ?? null,
      e.order_display_id ?? null,
      e.line_item_id ?? null,
      e.product_title ?? null,
      e.level ?? null,
      e.base ?? null,
      rawBigNumber(e.base),
      e.rate ?? null,
      rawBigNumber(e.rate),
      e.rule_id ?? null,
      e.rule_type ?? null,
      e.reverses_entry_id ?? null,
      e.payout_id ?? null,
      e.reason ?? null,
      e.created_by ?? null
    )
    return `(${COLUMNS.map((c) => (c.startsWith("raw_") ? "?::jsonb" : "?")).join(", ")})`
  })
  return {
    sql: `INSERT INTO commission_entry (${COLUMNS.join(", ")})
          VALUES ${rows.join(", ")}
          ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
          RETURNING id, idempotency_key`,
    params,
  }
}

/** The columns a ledger entry is read with, as [name, expression over `e`] (amounts as exact strings). */
export const LEDGER_ENTRY_COLUMNS: [string, string][] = [
  "id", "dealer_id", "kind", "status", "amount", "currency_code", "order_id", "order_display_id", "line_item_id",
  "product_title", "level", "base", "rate", "rule_id", "rule_type", "reverses_entry_id", "payout_id", "reason",
  "created_by", "idempotency_key", "created_at",
].map((name) => [name, ["amount", "base", "rate"].includes(name) ? `e.${name}::text` : `e.${name}`])

/** LEDGER_ENTRY_COLUMNS as a select list. */
export const LEDGER_ENTRY_SELECT = LEDGER_ENTRY_COLUMNS.map(([name, expr]) => `${expr} AS ${name}`).join(", ")
