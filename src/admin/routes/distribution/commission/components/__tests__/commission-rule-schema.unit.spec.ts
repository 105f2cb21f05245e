import type { TFunction } from "i18next"

import { CommissionRuleInput } from "../../../../../types/commission"
import {
  createRuleFormSchema,
  ruleFormDefaults,
  RuleFormValues,
  toRuleInputFromForm,
} from "../commission-rule-schema"

// The key itself, so the tests read which message a rule gets.
const t = ((key: string) => key) as unknown as TFunction
const schema = createRuleFormSchema(t, 3)

const values = (overrides: Partial<RuleFormValues>): RuleFormValues => ({
  ...ruleFormDefaults(null, "cny"),
  ...overrides,
})

const messages = (input: RuleFormValues) => {
  const result = schema.safeParse(input)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]))
}

describe("the rule form", () => {
  it("turns a percent into the API's fraction and leaves the other types' fields out", () => {
    const input = values({ rate: "5", amount: "12", volume_tiers: [{ from: "0", rate: "3" }] })
    expect(messages(input)).toEqual({})
    expect(toRuleInputFromForm(input)).toEqual({
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
  })

  it("sends a fixed rule's amount with its currency", () => {
    const input = values({ type: "fixed", amount: "12.50", name: " Gift box ", scope_type: "product", scope_id: "prod_1" })
    expect(messages(input)).toEqual({})
    expect(toRuleInputFromForm(input)).toMatchObject({
      name: "Gift box",
      scope_type: "product",
      scope_id: "prod_1",
      rate: null,
      amount: "12.50",
      currency_code: "cny",
    })
  })

  it("sends volume tiers as fractions", () => {
    const input = values({
      type: "volume_tiers",
      level: "2",
      tier_id: "tier_1",
      volume_tiers: [
        { from: "0", rate: "3" },
        { from: "10000", rate: "4.5" },
      ],
    })
    expect(messages(input)).toEqual({})
    expect(toRuleInputFromForm(input)).toMatchObject({
      level: 2,
      tier_id: "tier_1",
      currency_code: "cny",
      volume_tiers: [
        { from: "0", rate: "0.03" },
        { from: "10000", rate: "0.045" },
      ],
    })
  })

  it("names every field that is wrong", () => {
    expect(messages(values({ scope_type: "category", level: "4", rate: "150" }))).toEqual({
      scope_id: "distribution.commissionPlan.validation.scopeRequired.category",
      level: "distribution.commissionPlan.validation.levelRange",
      rate: "distribution.commissionPlan.validation.percent.range",
    })
    expect(messages(values({ type: "fixed", amount: "1.234" }))).toEqual({
      amount: "distribution.commissionPlan.validation.amount.precision",
    })
    expect(messages(values({ type: "fixed", amount: "5", currency_code: "" }))).toEqual({
      currency_code: "distribution.commissionPlan.validation.currencyRequired",
    })
    expect(
      messages(
        values({
          type: "volume_tiers",
          volume_tiers: [
            { from: "100", rate: "3" },
            { from: "50", rate: "" },
          ],
        })
      )
    ).toEqual({
      "volume_tiers.0.from": "distribution.commissionPlan.validation.tiers.first_not_zero",
      "volume_tiers.1.from": "distribution.commissionPlan.validation.tiers.not_ascending",
      "volume_tiers.1.rate": "distribution.validation.required",
    })
  })

  it("reads a saved rule back as it was sent", () => {
    const saved: CommissionRuleInput = {
      id: "cmr_1",
      name: "L2 differential",
      scope_type: "collection",
      scope_id: "pcol_1",
      tier_id: "tier_2",
      level: 2,
      type: "differential",
      rate: "0.1",
      amount: null,
      currency_code: null,
      volume_tiers: null,
      is_active: false,
    }
    const form = ruleFormDefaults(saved, "cny")
    expect(form.rate).toBe("10")
    const { id: _id, ...rest } = saved
    expect(toRuleInputFromForm(form)).toEqual(rest)
  })
})
