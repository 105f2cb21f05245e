import { balances } from "./balances"
import { oneAttributionOneAccrual } from "./one-attribution-one-accrual"
import { oneTransferPerPayout } from "./one-transfer-per-payout"
import { reversalsWithinAccrual } from "./reversals-within-accrual"
import { salesFactsTieOut } from "./sales-facts-tie-out"
import { splitsMatch } from "./splits-match"
import type { InvariantCheck, InvariantReport, InvariantResult, Knex } from "./types"

export type { InvariantCheck, InvariantReport, InvariantResult, InvariantViolation } from "./types"
export { formatReport } from "./format"

/** The invariants of issue #8, in order. */
export const LEDGER_INVARIANTS: InvariantCheck[] = [
  oneAttributionOneAccrual,
  reversalsWithinAccrual,
  balances,
  oneTransferPerPayout,
  splitsMatch,
  salesFactsTieOut,
]

/**
 * Checks the ledger invariants of issue #8 against a database the plugin
 * migrated (`db`: Medusa's PG_CONNECTION, or any Knex on PostgreSQL).
 * Read-only, set-based SQL; the splits are recomputed in keyset pages.
 * All invariants are read in one REPEATABLE READ, READ ONLY transaction, so
 * they see one consistent snapshot even while the store keeps writing.
 *
 * @example
 * const report = await verifyLedgerInvariants(container.resolve(ContainerRegistrationKeys.PG_CONNECTION))
 * if (!report.ok) console.log(formatReport(report))
 */
export async function verifyLedgerInvariants(db: Knex, options: { only?: number[] } = {}): Promise<InvariantReport> {
  const checks = LEDGER_INVARIANTS.filter((c) => !options.only || options.only.includes(c.id))
  const run = async (conn: Knex) => {
    const invariants: InvariantResult[] = []
    for (const check of checks) {
      const started = Date.now()
      const result = await check.run(conn)
      invariants.push({ id: check.id, name: check.name, ...result, ms: Date.now() - started })
    }
    return invariants
  }
  const invariants = (db as any).isTransaction
    ? await run(db)
    : await db.transaction(async (trx) => {
        await trx.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        // The grouped checks hash a million-row ledger in memory rather than sorting on disk.
        await trx.raw("SET LOCAL work_mem = '64MB'")
        return await run(trx as unknown as Knex)
      })
  return { ok: invariants.every((i) => i.violations.length === 0), invariants }
}
