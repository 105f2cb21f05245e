import {
  moveItem,
  ruleIndexOfError,
  samePlan,
  toDraftRules,
  toRulePayload,
} from "../commission-plan-draft"
import {
  amountIssue,
  formatRatePercent,
  fractionToPercent,
  percentIssue,
  percentToFraction,
  volumeTierIssues,
} from "../commission-rate"
import { CommissionRule, CommissionRuleInput } from "../../types/commission"

describe("percentToFraction", () => {
  it.each([
    ["5", "0.05"],
    ["12.5", "0.125"],
    ["100", "1"],
    ["0.01", "0.0001"],
    ["0.00000001", "0.0000000001"],
    ["33.33333333", "0.3333333333"],
    // 0.1 + 0.2 style float noise must never appear.
    ["0.3", "0.003"],
    [" 7 ", "0.07"],
  ])("%s%% is %s", (percent, fraction) => {
    expect(percentToFraction(percent)).toBe(fraction)
  })
})

describe("fractionToPercent", () => {
  it.each([
    ["0.05", "5"],
    ["0.125", "12.5"],
    ["0.0500", "5"],
    ["1", "100"],
    ["0.0000000001", "0.00000001"],
    ["0.07", "7"],
    [null, ""],
    ["", ""],
  ])("%s is %s%%", (fraction, percent) => {
    expect(fractionToPercent(fraction)).toBe(percent)
  })
})

describe("formatRatePercent", () => {
  it.each([
    ["0.05", "en", "5%"],
    ["0.125", "en", "12.5%"],
    ["0.0333333333", "en", "3.3333%"],
    ["0.07", "zh-CN", "7%"],
  ])("%s in %s is %s", (fraction, locale, expected) => {
    expect(formatRatePercent(fraction, locale)).toBe(expected)
  })
})

describe("percentIssue", () => {
  it.each([
    ["5", null],
    ["100", null],
    ["0.5", null],
    ["", "required"],
    ["  ", "required"],
    ["abc", "invalid"],
    ["-5", "invalid"],
    ["5%", "invalid"],
    ["1e2", "invalid"],
    ["0", "range"],
    ["100.01", "range"],
    ["1.123456789", "precision"],
  ])("%j is %s", (value, issue) => {
    expect(percentIssue(value)).toBe(issue)
  })
})

describe("amountIssue", () => {
  it.each([
    ["10", 2, false, null],
    ["10.25", 2, false, null],
    ["10.255", 2, false, "precision"],
    ["10.5", 0, false, "precision"],
    ["0", 2, false, "positive"],
    ["0", 2, true, null],
    ["", 2, true, "required"],
    ["1,000", 2, false, "invalid"],
    ["999999999999999", 2, false, null],
    ["1000000000000000", 2, false, "too_large"],
    // Counted as typed, as the API counts them.
    ["0000000000000001", 2, false, "too_large"],
  ])("%j (%s decimals, zero allowed: %s) is %s", (value, decimals, allowZero, issue) => {
    expect(amountIssue(value, { decimals, allowZero })).toBe(issue)
  })
})

describe("volumeTierIssues", () => {
  it("accepts rising thresholds from 0", () => {
    expect(
      volumeTierIssues(
        [
          { from: "0", rate: "3" },
          { from: "10000", rate: "5" },
          { from: "50000.50", rate: "8" },
        ],
        2
      )
    ).toEqual([])
  })

  it("needs the first threshold at 0", () => {
    expect(volumeTierIssues([{ from: "100", rate: "3" }], 2)).toEqual([
      { index: 0, field: "from", code: "first_not_zero" },
    ])
  })

  it("needs thresholds to rise strictly", () => {
    expect(
      volumeTierIssues(
        [
          { from: "0", rate: "3" },
          { from: "5000", rate: "4" },
          { from: "5000", rate: "5" },
          { from: "1000", rate: "6" },
        ],
        2
      )
    ).toEqual([
      { index: 2, field: "from", code: "not_ascending" },
      { index: 3, field: "from", code: "not_ascending" },
    ])
  })

  it("reports unreadable rows without comparing them", () => {
    expect(
      volumeTierIssues(
        [
          { from: "0", rate: "" },
          { from: "abc", rate: "200" },
          { from: "10", rate: "5" },
        ],
        2
      )
    ).toEqual([
      { index: 0, field: "rate", code: "required" },
      { index: 1, field: "from", code: "invalid" },
      { index: 1, field: "rate", code: "range" },
    ])
  })
})

const savedRule = (overrides: Partial<CommissionRule>): CommissionRule => ({
  id: "cmr_1",
  position: 0,
  name: null,
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
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
  ...overrides,
})

describe("draft rules", () => {
  const saved = [
    savedRule({ id: "cmr_2", position: 1, level: 2, rate: "0.02" }),
    savedRule({ id: "cmr_1", position: 0 }),
  ]

  it("come in the plan's order, keyed by id", () => {
    expect(toDraftRules(saved).map((rule) => [rule.key, rule.level])).toEqual([
      ["cmr_1", 1],
      ["cmr_2", 2],
    ])
  })

  it("are sent without their key, with their id when saved", () => {
    const [first] = toDraftRules(saved)
    expect(toRulePayload(first)).toEqual({
      id: "cmr_1",
      name: null,
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
    })
    const { id: _id, ...fresh } = first
    expect(toRulePayload({ ...fresh, key: "new-1" })).not.toHaveProperty("id")
  })

  it("compare rates by value and order by position", () => {
    const plan = toDraftRules(saved).map(toRulePayload)
    const respelled: CommissionRuleInput[] = plan.map((rule) => ({ ...rule, rate: `${rule.rate}00` }))
    expect(samePlan(plan, respelled)).toBe(true)
    expect(samePlan(plan, [...plan].reverse())).toBe(false)
    expect(samePlan(plan, [plan[0], { ...plan[1], is_active: false }])).toBe(false)
    expect(samePlan(plan, plan.slice(1))).toBe(false)
  })
})

describe("moveItem", () => {
  it.each([
    [1, 0, ["b", "a", "c"]],
    [0, 2, ["b", "c", "a"]],
    [0, -1, ["a", "b", "c"]],
    [2, 3, ["a", "b", "c"]],
  ])("moves %s to %s", (from, to, expected) => {
    expect(moveItem(["a", "b", "c"], from, to)).toEqual(expected)
  })
})

describe("ruleIndexOfError", () => {
  it.each([
    ["rules.2.rate: must be at most 1", 2],
    ["Invalid request: Expected type: 'number' for field 'rules, 4, level', got: 'string'", 4],
    ["rules[1].amount is invalid", 1],
    ["Rule 3: a fixed rule needs currency_code", 2],
    ["rule 1: level is above max_levels", 0],
    ["The plan could not be saved", null],
    [null, null],
  ])("%j names rule %s", (message, index) => {
    expect(ruleIndexOfError(message)).toBe(index)
  })
})
