import { formatReport, PRINTED_VIOLATIONS } from "../format"
import { toIds } from "../sql"
import type { InvariantReport } from "../types"

const report = (violations: number): InvariantReport => ({
  ok: violations === 0,
  invariants: [
    { id: 1, name: "one", checked: 10, violations: [] },
    {
      id: 2,
      name: "two",
      checked: 5,
      violations: Array.from({ length: violations }, (_, i) => ({ message: `bad ${i}`, ids: [`cment_${i}`, `order_${i}`] })),
    },
    { id: 6, name: "six", checked: 0, violations: [], skipped: "no sales_fact table" },
  ],
})

describe("formatReport", () => {
  it("prints one ok line per invariant and the summary", () => {
    expect(formatReport(report(0), 1234).split("\n")).toEqual([
      "ok    1 one  (10 checked)",
      "ok    2 two  (5 checked)",
      "skip  6 six  (no sales_fact table)",
      "OK: all 3 ledger invariants hold in 1.2 s.",
    ])
  })

  it("lists a failing invariant's violations with their ids, at most 20, and counts the rest", () => {
    const lines = formatReport(report(PRINTED_VIOLATIONS + 3)).split("\n")
    expect(lines[1]).toBe(`FAIL  2 two  (5 checked, ${PRINTED_VIOLATIONS + 3} violations)`)
    expect(lines[2]).toBe("      - bad 0  [cment_0, order_0]")
    expect(lines.filter((l) => l.startsWith("      - "))).toHaveLength(PRINTED_VIOLATIONS)
    expect(lines).toContain("      … and 3 more")
    expect(lines[lines.length - 1]).toBe(`FAIL: 1 of 3 invariants violated (${PRINTED_VIOLATIONS + 3} violations: 2).`)
  })
})

describe("toIds", () => {
  it("reads text arrays whether node-postgres parsed them or not", () => {
    expect(toIds(["a", null, "b"])).toEqual(["a", "b"])
    expect(toIds("{a,b}")).toEqual(["a", "b"])
    expect(toIds('{"a",NULL}')).toEqual(["a"])
    expect(toIds("{}")).toEqual([])
    expect(toIds(null)).toEqual([])
  })
})
