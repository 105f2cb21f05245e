import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatReport, verifyLedgerInvariants } from "../lib/ledger-invariants"

/**
 * Checks the ledger invariants of issue #8 inside a booted store, on its own
 * database connection:
 *
 *   npx medusa exec ./src/scripts/verify-ledger.ts
 *   npx medusa exec ./src/scripts/verify-ledger.ts json       # the report as JSON
 *   npx medusa exec ./src/scripts/verify-ledger.ts only=3,4   # some invariants
 *
 * (`npm run verify:ledger` runs the same checker without booting Medusa.)
 * Sets the exit code: 0 all hold, 1 a violation.
 */
export default async function verifyLedgerScript({ container, args }: ExecArgs) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const json = (args ?? []).some((a) => a.replace(/^--/, "") === "json")
  const onlyArg = (args ?? []).find((a) => a.replace(/^--/, "").startsWith("only="))
  const only = onlyArg ? onlyArg.split("=")[1].split(",").map(Number) : undefined
  const started = Date.now()
  const report = await verifyLedgerInvariants(db, only ? { only } : {})
  const ms = Date.now() - started
  // stdout, not the logger: the report is the script's output.
  process.stdout.write(`${json ? JSON.stringify({ ms, ...report }, null, 2) : formatReport(report, ms)}\n`)
  process.exitCode = report.ok ? 0 : 1
}
