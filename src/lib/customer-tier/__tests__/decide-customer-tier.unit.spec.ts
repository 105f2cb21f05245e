import {
  addOrderFigures,
  CustomerFigures,
  decideCustomerTier,
  ruleMatches,
  TierInput,
  TierRuleInput,
} from "../decide-customer-tier"

const spendRule: TierRuleInput = { id: "r_spend", window_months: 12, min_spend: "5000", currency_code: "cny", min_orders: null }
const ordersRule: TierRuleInput = { id: "r_orders", window_months: 12, min_spend: null, currency_code: null, min_orders: 10 }
const bothRule: TierRuleInput = { id: "r_both", window_months: 3, min_spend: "1000.50", currency_code: "CNY", min_orders: 3 }

const figures = (months: number, orders: number, spend: Record<string, string> = {}): CustomerFigures => ({
  [months]: { orders, spend },
})

describe("ruleMatches: exactly at a threshold qualifies", () => {
  it.each([
    ["spend just below", spendRule, figures(12, 0, { cny: "4999.99" }), false],
    ["spend exactly at", spendRule, figures(12, 0, { cny: "5000.00" }), true],
    ["spend just above", spendRule, figures(12, 0, { cny: "5000.01" }), true],
    ["spend in another currency does not count", spendRule, figures(12, 0, { usd: "9999" }), false],
    ["spend in another window does not count", spendRule, figures(3, 0, { cny: "9999" }), false],
    ["orders just below", ordersRule, figures(12, 9), false],
    ["orders exactly at", ordersRule, figures(12, 10), true],
    ["orders just above", ordersRule, figures(12, 11), true],
    ["both: spend at, orders below", bothRule, figures(3, 2, { cny: "1000.50" }), false],
    ["both: orders at, spend just below", bothRule, figures(3, 3, { cny: "1000.49" }), false],
    ["both: exactly at both (currency case-insensitive)", bothRule, figures(3, 3, { cny: "1000.5" }), true],
    ["both: above both", bothRule, figures(3, 4, { cny: "1000.51" }), true],
    ["no figures at all", spendRule, {}, false],
  ])("%s", (_label, rule, measured, expected) => {
    expect(ruleMatches(rule, measured)).toBe(expected)
  })

  it("a rule without any condition never matches", () => {
    expect(ruleMatches({ id: "r", window_months: 12, min_spend: null, currency_code: null, min_orders: null }, figures(12, 99))).toBe(false)
  })

  it("a zero threshold matches a customer with nothing", () => {
    expect(ruleMatches({ ...ordersRule, min_orders: 0 }, {})).toBe(true)
  })
})

describe("decideCustomerTier", () => {
  const silver: TierInput = {
    id: "ctier_silver",
    code: "SILVER",
    rank: 1,
    rules: [{ id: "r_silver", window_months: 12, min_spend: "1000", currency_code: "cny", min_orders: null }],
  }
  const vip: TierInput = { id: "ctier_vip", code: "VIP", rank: 2, rules: [spendRule, ordersRule] }

  it("picks the highest-ranked tier whose rule matches, whatever the input order", () => {
    const decision = decideCustomerTier([silver, vip], figures(12, 2, { cny: "6000" }))
    expect(decision.tier_id).toBe("ctier_vip")
    expect(decision.rule).toEqual(
      expect.objectContaining({ rule_id: "r_spend", tier_code: "VIP", measured_spend: "6000", measured_orders: 2 })
    )
    expect(decision.reason).toBe("VIP: net spend 6000 ≥ 5000 CNY in the last 12 month(s)")
  })

  it("a tier qualifies when ANY of its rules matches", () => {
    const decision = decideCustomerTier([vip, silver], figures(12, 10, { cny: "10" }))
    expect(decision.tier_id).toBe("ctier_vip")
    expect(decision.rule?.rule_id).toBe("r_orders")
    expect(decision.reason).toBe("VIP: orders 10 ≥ 10 in the last 12 month(s)")
  })

  it("falls back to a lower tier, then to none", () => {
    expect(decideCustomerTier([vip, silver], figures(12, 9, { cny: "1000" })).tier_id).toBe("ctier_silver")
    const none = decideCustomerTier([vip, silver], figures(12, 9, { cny: "999.99" }))
    expect(none).toEqual({ tier_id: null, rule: null, reason: "No rule of any tier matches" })
  })

  it("with no tiers, no tier", () => {
    expect(decideCustomerTier([], figures(12, 100)).tier_id).toBeNull()
  })
})

describe("addOrderFigures", () => {
  const now = new Date("2026-11-25T00:00:00Z")
  const starts = { 3: new Date("2026-08-25T00:00:00Z"), 12: new Date("2025-11-25T00:00:00Z") }

  it("adds the order to every window it falls in, in its currency", () => {
    const before = { 12: { orders: 2, spend: { cny: "100.10" } } }
    const after = addOrderFigures(before, { placed_at: now, currency_code: "CNY", net: "0.20", counts: true }, starts)
    expect(after).toEqual({ 3: { orders: 1, spend: { cny: "0.2" } }, 12: { orders: 3, spend: { cny: "100.3" } } })
    expect(before[12].orders).toBe(2)
  })

  it("skips windows the order is before, and a canceled order adds no count", () => {
    const old = addOrderFigures({}, { placed_at: new Date("2026-01-01T00:00:00Z"), currency_code: "cny", net: "0", counts: false }, starts)
    expect(old).toEqual({ 12: { orders: 0, spend: { cny: "0" } } })
  })
})
