import type { InvariantViolation, Knex } from "./types"

/** At most this many violations of one kind are read back: enough to find the bug, bounded on a broken million-row ledger. */
export const MAX_VIOLATIONS = 1000

/** Runs a raw query and returns its rows. */
export async function rows<T = any>(db: Knex, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const result: any = await db.raw(sql, bindings as any)
  return (result?.rows ?? result ?? []) as T[]
}

/** Whether a table exists (in the search path), e.g. `sales_fact` before the reporting module was migrated. */
export async function tableExists(db: Knex, table: string): Promise<boolean> {
  const [row] = await rows<{ t: string | null }>(db, "SELECT to_regclass(?)::text AS t", [`"${table}"`])
  return !!row?.t
}

/** Counts the rows of a query. */
export async function count(db: Knex, sql: string, bindings: readonly unknown[] = []): Promise<number> {
  const [row] = await rows<{ n: string | number }>(db, `SELECT count(*)::bigint AS n FROM (${sql}) AS counted`, bindings)
  return Number(row?.n ?? 0)
}

/**
 * Runs a query whose every row is a violation, with `message` built from the
 * row and `ids` the row's `ids` column (a text array). Reads at most
 * MAX_VIOLATIONS rows.
 */
export async function violations(
  db: Knex,
  sql: string,
  message: (row: any) => string,
  bindings: readonly unknown[] = []
): Promise<InvariantViolation[]> {
  const found = await rows(db, `${sql} LIMIT ${MAX_VIOLATIONS}`, bindings)
  return found.map((row) => ({ message: message(row), ids: toIds(row.ids) }))
}

/** node-postgres returns text[] as an array; a `{a,b}` literal when the type parser is missing. */
export function toIds(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((v) => v !== null && v !== undefined).map(String)
  }
  if (typeof value === "string") {
    const inner = value.replace(/^\{|\}$/g, "")
    return inner ? inner.split(",").map((s) => s.replace(/^"|"$/g, "")).filter((s) => s && s !== "NULL") : []
  }
  return []
}
