import { checkThresholds, evaluationWindow, meetsThresholds, pickTierChange, ruleFires, validateTierRule } from "../tier-rules"

const upgrade = { direction: "upgrade" as const, min_sales: "1000", min_active_customers: 3, min_downline_sales: null }
const downgrade = { ...upgrade, direction: "downgrade" as const }

describe("tier rule evaluation", () => {
  // below / at / above each threshold, the others met
  it.each([
    ["sales below", { sales: "999.99", active_customers: 3, downline_sales: "0" }, false],
    ["sales at", { sales: "1000.00", active_customers: 3, downline_sales: "0" }, true],
    ["sales above", { sales: "1000.01", active_customers: 3, downline_sales: "0" }, true],
    ["customers below", { sales: "5000", active_customers: 2, downline_sales: "0" }, false],
    ["customers at", { sales: "5000", active_customers: 3, downline_sales: "0" }, true],
    ["customers above", { sales: "5000", active_customers: 4, downline_sales: "0" }, true],
  ])("%s the minimum: upgrade fires = %s, downgrade the opposite", (_name, measured, met) => {
    expect(meetsThresholds(upgrade, measured)).toBe(met)
    expect(ruleFires(upgrade, measured)).toBe(met)
    expect(ruleFires(downgrade, measured)).toBe(!met)
  })

  it.each([
    ["below", "1999.99", false],
    ["at", "2000", true],
    ["above", "2000.01", true],
  ])("downline sales %s the minimum", (_name, downline, met) => {
    const rule = { ...upgrade, min_downline_sales: "2000.00" }
    const measured = { sales: "1000", active_customers: 3, downline_sales: downline as string }
    expect(ruleFires(rule, measured)).toBe(met)
    expect(checkThresholds(rule, measured).map((c) => c.figure)).toEqual(["sales", "active_customers", "downline_sales"])
  })

  it("a rule without a downline minimum does not check downline sales", () => {
    const checks = checkThresholds(upgrade, { sales: "1000", active_customers: 3, downline_sales: "-5" })
    expect(checks).toEqual([
      { figure: "sales", minimum: "1000", measured: "1000", met: true },
      { figure: "active_customers", minimum: "3", measured: "3", met: true },
    ])
  })

  it("zero minimums are always met (negative net sales are not)", () => {
    const rule = { direction: "upgrade" as const, min_sales: "0", min_active_customers: 0 }
    expect(meetsThresholds(rule, { sales: "0", active_customers: 0, downline_sales: "0" })).toBe(true)
    expect(meetsThresholds(rule, { sales: "-0.01", active_customers: 0, downline_sales: "0" })).toBe(false)
  })

  it("picks one change per dealer: upgrades first, then the highest tier, ties by rule id", () => {
    const down = { rule_id: "r1", direction: "downgrade" as const, to_tier_id: "t3", to_tier_rank: 3 }
    const upTo2 = { rule_id: "r3", direction: "upgrade" as const, to_tier_id: "t2", to_tier_rank: 2 }
    const upTo1 = { rule_id: "r4", direction: "upgrade" as const, to_tier_id: "t1", to_tier_rank: 1 }
    const upTo1b = { ...upTo1, rule_id: "r2" }
    expect(pickTierChange([])).toBeNull()
    expect(pickTierChange([down])).toBe(down)
    expect(pickTierChange([down, upTo2])).toBe(upTo2)
    expect(pickTierChange([upTo2, upTo1, down])).toBe(upTo1)
    expect(pickTierChange([upTo1, upTo1b])).toBe(upTo1b)
    const downTo4 = { rule_id: "r0", direction: "downgrade" as const, to_tier_id: "t4", to_tier_rank: 4 }
    expect(pickTierChange([downTo4, down])).toBe(down)
  })

  it("windows are whole local months ending with the evaluated one", () => {
    const w = evaluationWindow("2026-11", 3, "Asia/Shanghai")
    expect(w.first_month).toBe("2026-09")
    expect(w.from.toISOString()).toBe("2026-08-31T16:00:00.000Z")
    expect(w.to.toISOString()).toBe("2026-11-30T16:00:00.000Z")
    const jan = evaluationWindow("2026-01", 2, "UTC")
    expect(jan.first_month).toBe("2025-12")
    expect(jan.from.toISOString()).toBe("2025-12-01T00:00:00.000Z")
    expect(evaluationWindow("2026-11", 1, "UTC").first_month).toBe("2026-11")
    expect(() => evaluationWindow("2026-11", 0, "UTC")).toThrow(RangeError)
  })
})

describe("tier rule validation", () => {
  const tiers = [
    { id: "t1", rank: 1 },
    { id: "t2", rank: 2 },
    { id: "t3", rank: 3 },
  ]
  it.each([
    [{ from_tier_id: "t3", to_tier_id: "t2", direction: "upgrade" }, null],
    [{ from_tier_id: "t2", to_tier_id: "t3", direction: "downgrade" }, null],
    [{ from_tier_id: "t3", to_tier_id: "t1", direction: "upgrade" }, null],
    [{ from_tier_id: "t2", to_tier_id: "t3", direction: "upgrade" }, /higher tier/],
    [{ from_tier_id: "t3", to_tier_id: "t2", direction: "downgrade" }, /lower tier/],
    [{ from_tier_id: "t2", to_tier_id: "t2", direction: "upgrade" }, /another tier/],
    [{ from_tier_id: "tx", to_tier_id: "t2", direction: "upgrade" }, /tx does not exist/],
    [{ from_tier_id: "t3", to_tier_id: "ty", direction: "upgrade" }, /ty does not exist/],
  ])("%j → %s", (rule, expected) => {
    const refusal = validateTierRule(rule as any, tiers)
    if (expected === null) expect(refusal).toBeNull()
    else expect(refusal).toMatch(expected as RegExp)
  })
})
