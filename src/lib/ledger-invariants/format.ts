import type { InvariantReport } from "./types"

/** Violations printed per invariant; the rest are counted. */
export const PRINTED_VIOLATIONS = 20

/**
 * The report as the CLI prints it: one line per invariant (`ok` or `FAIL`,
 * rows checked), under a failing one its violations with their ids (at most
 * PRINTED_VIOLATIONS each), then a summary line.
 *
 *   ok    1 one attribution per attributed order, …  (1204 checked)
 *   FAIL  2 reversals of an accrual never exceed the accrual  (800 checked, 1 violation)
 *         - accrual cment_01… of 30.00 is reversed by 45.00  [cment_01…, cment_02…]
 *   FAIL: 1 of 6 invariants violated (1 violation).
 */
export function formatReport(report: InvariantReport, ms?: number): string {
  const lines: string[] = []
  for (const inv of report.invariants) {
    const n = inv.violations.length
    const status = inv.skipped ? "skip" : n ? "FAIL" : "ok"
    const detail = inv.skipped
      ? `(${inv.skipped})`
      : `(${inv.checked} checked${n ? `, ${n} violation${n === 1 ? "" : "s"}` : ""})`
    lines.push(`${status.padEnd(5)} ${inv.id} ${inv.name}  ${detail}`)
    for (const v of inv.violations.slice(0, PRINTED_VIOLATIONS)) {
      lines.push(`      - ${v.message}${v.ids.length ? `  [${v.ids.join(", ")}]` : ""}`)
    }
    if (n > PRINTED_VIOLATIONS) {
      lines.push(`      … and ${n - PRINTED_VIOLATIONS} more`)
    }
  }
  const failed = report.invariants.filter((i) => i.violations.length)
  const total = failed.reduce((sum, i) => sum + i.violations.length, 0)
  const took = ms === undefined ? "" : ` in ${(ms / 1000).toFixed(1)} s`
  lines.push(
    report.ok
      ? `OK: all ${report.invariants.length} ledger invariants hold${took}.`
      : `FAIL: ${failed.length} of ${report.invariants.length} invariants violated (${total} violation${total === 1 ? "" : "s"}: ${failed.map((i) => i.id).join(", ")})${took}.`
  )
  return lines.join("\n")
}
