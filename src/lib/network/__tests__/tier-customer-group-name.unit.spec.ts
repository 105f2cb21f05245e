import { tierCustomerGroupName } from "../tier-customer-group-name"

describe("tierCustomerGroupName", () => {
  it("names the group in both languages with the tier code", () => {
    expect(tierCustomerGroupName({ code: "T1", name_zh: "一级经销商", name_en: "Tier 1" })).toBe("一级经销商 / Tier 1 (T1)")
  })
})
