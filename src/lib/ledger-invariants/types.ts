import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** One broken promise of the ledger, with the ids of the rows that break it. */
export type InvariantViolation = { message: string; ids: string[] }

export type InvariantResult = {
  id: number
  name: string
  /** How many rows (orders, accruals, balances, payouts, facts) were checked. */
  checked: number
  violations: InvariantViolation[]
  /** Set when the invariant could not be checked (its table is missing). */
  skipped?: string
  /** How long the check took, in milliseconds. */
  ms?: number
}

export type InvariantReport = {
  ok: boolean
  invariants: InvariantResult[]
}

export type InvariantCheck = {
  id: number
  name: string
  run: (db: Knex) => Promise<Omit<InvariantResult, "id" | "name" | "ms">>
}

export type { Knex }
