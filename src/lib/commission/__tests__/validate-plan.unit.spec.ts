import { PlanRuleInput, validatePlan } from "../validate-plan"

const rule = (over: Partial<PlanRuleInput>): PlanRuleInput => ({
  scope_type: "all",
  scope_id: null,
  tier_id: null,
  level: 1,
  type: "percentage",
  rate: "0.05",
  amount: null,
  currency_code: null,
  volume_tiers: null,
  is_active: true,
  ...over,
})

describe("validatePlan", () => {
  it("accepts a valid plan of every type", () => {
    expect(
      validatePlan(
        [
          rule({}),
          rule({ level: 2, type: "differential", rate: "0.08" }),
          rule({ level: 3, type: "fixed", rate: null, amount: "1.50", currency_code: "cny" }),
          rule({
            scope_type: "product",
            scope_id: "prod_1",
            type: "volume_tiers",
            rate: null,
            currency_code: "cny",
            volume_tiers: [
              { from: "0", rate: "0.05" },
              { from: "10000", rate: "0.07" },
            ],
          }),
        ],
        { max_levels: 3 }
      )
    ).toEqual([])
  })

  it.each([
    [rule({ level: 4 }), "Rule 1: level must be between 1 and 3"],
    [rule({ level: 0 }), "Rule 1: level must be between 1 and 3"],
    [rule({ scope_type: "product", scope_id: null }), "Rule 1: a product rule needs scope_id"],
    [rule({ scope_id: "prod_1" }), "Rule 1: a rule for all products takes no scope_id"],
    [rule({ rate: "0" }), "Rule 1: rate must be a fraction above 0"],
    [rule({ rate: "1.5" }), "Rule 1: rate must be a fraction above 0"],
    [rule({ rate: "5%" }), "Rule 1: rate must be a fraction above 0"],
    [rule({ rate: "1e-2" }), "Rule 1: rate must be a fraction above 0"],
    [rule({ rate: null }), "Rule 1: rate must be a fraction above 0"],
    [rule({ amount: "3" }), "Rule 1: a percentage rule takes only a rate"],
    [rule({ type: "fixed", rate: null, amount: "-1", currency_code: "cny" }), "Rule 1: amount must be a positive decimal"],
    [rule({ type: "fixed", rate: null, amount: "1" }), "Rule 1: a fixed rule needs currency_code"],
    [rule({ type: "volume_tiers", rate: null, currency_code: "cny", volume_tiers: [] }), "Rule 1: volume_tiers needs at least one tier"],
    [
      rule({ type: "volume_tiers", rate: null, currency_code: "cny", volume_tiers: [{ from: "100", rate: "0.05" }] }),
      "Rule 1: the first tier must start at 0",
    ],
    [
      rule({
        type: "volume_tiers",
        rate: null,
        currency_code: "cny",
        volume_tiers: [
          { from: "0", rate: "0.05" },
          { from: "0", rate: "0.07" },
        ],
      }),
      "Rule 1: tier 2: thresholds must ascend",
    ],
    [rule({ type: "volume_tiers", rate: null, volume_tiers: [{ from: "0", rate: "0.05" }] }), "Rule 1: a volume_tiers rule needs currency_code"],
  ])("refuses %o", (r, message) => {
    expect(validatePlan([r], { max_levels: 3 }).join("\n")).toContain(message)
  })

  it("numbers rules as the merchant sees them", () => {
    expect(validatePlan([rule({}), rule({ rate: "2" })], { max_levels: 3 })[0]).toMatch(/^Rule 2:/)
  })
})
