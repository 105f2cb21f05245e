import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { verifyLedgerInvariants } from "../../src/lib/ledger-invariants"
import type { InvariantReport } from "../../src/lib/ledger-invariants"
import type { WechatPayStandIn } from "../helpers/wechatpay-stand-in"
import { tapLedgerEvents } from "./ledger-events"
import { HistoryResult, runHistory } from "./run-history"
import { prepareWorld } from "./world"

export type FuzzOptions = {
  /** How many seeds, starting at `from`. */
  seeds: number
  from: number
  standIn?: WechatPayStandIn
  /** Run the invariant checker after every n-th history (and after the last). Default 1. */
  checkEvery?: number
  /** Progress lines (one every `progressEvery` histories). */
  progress?: (line: string) => void
  progressEvery?: number
  /** Called with every history's result (its step-by-step log), e.g. to print it. */
  onHistory?: (result: HistoryResult) => void
}

export type FuzzFailure = {
  seed: number
  kind: "violation" | "crash"
  /** The broken invariants, or the error, as text. */
  details: string
  /** The failing history, step by step. */
  log: string[]
}

export type FuzzSummary = {
  from: number
  /** Histories run to the end (and checked). */
  run: number
  /** Invariant checks run, each over the whole database. */
  checks: number
  failure: FuzzFailure | null
  ms: number
  /** How often each kind of step ran, over all histories. */
  steps: Record<string, number>
}

/** How to run a seed again on its own. */
export const replayCommand = (seed: number) => `npm run fuzz:ledger -- --seeds 1 --from ${seed}`

/**
 * Runs seeds `from` … `from + seeds - 1` one history after another in one
 * database, checking the ledger invariants after each (or every n-th), and
 * stops at the first violation or crash, naming the seed.
 */
export async function runSeeds(container: MedusaContainer, opts: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now()
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const world = await prepareWorld(container)
  const tap = tapLedgerEvents(container)
  const nonce = Date.now().toString(36)
  const checkEvery = Math.max(1, opts.checkEvery ?? 1)
  const steps: Record<string, number> = {}
  const summary: FuzzSummary = { from: opts.from, run: 0, checks: 0, failure: null, ms: 0, steps }
  try {
    for (let i = 0; i < opts.seeds; i++) {
      const seed = opts.from + i
      const result = await runHistory(container, { seed, world, tap, nonce, standIn: opts.standIn })
      opts.onHistory?.(result)
      for (const [k, v] of Object.entries(result.counts)) steps[k] = (steps[k] ?? 0) + v
      if (result.crashes.length) {
        summary.failure = { seed, kind: "crash", details: result.crashes.join("\n"), log: result.log }
        break
      }
      summary.run++
      if ((i + 1) % checkEvery === 0 || i === opts.seeds - 1) {
        const report = await verifyLedgerInvariants(db)
        summary.checks++
        if (!report.ok) {
          summary.failure = { seed, kind: "violation", details: describeViolations(report), log: result.log }
          break
        }
      }
      if (opts.progress && ((i + 1) % (opts.progressEvery ?? 10) === 0 || i === opts.seeds - 1)) {
        opts.progress(`${i + 1}/${opts.seeds} seeds (${opts.from}…${seed}), 0 violations, ${((Date.now() - started) / 1000).toFixed(0)} s`)
      }
    }
  } finally {
    tap.close()
  }
  summary.ms = Date.now() - started
  return summary
}

export function describeViolations(report: InvariantReport): string {
  return report.invariants
    .filter((i) => i.violations.length)
    .map((i) => `invariant ${i.id} (${i.name}): ${i.violations.map((v) => `${v.message} [${v.ids.slice(0, 10).join(", ")}]`).join("; ")}`)
    .join("\n")
}

/** A failure as printed: the seed first, then why, the replay command and the history. */
export function formatFailure(failure: FuzzFailure): string {
  return [
    `ledger fuzz: seed ${failure.seed} ${failure.kind === "violation" ? "broke an invariant" : "crashed"}`,
    failure.details,
    `replay: ${replayCommand(failure.seed)}`,
    "history:",
    ...failure.log.map((line) => `  ${line}`),
  ].join("\n")
}
