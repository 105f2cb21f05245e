import { planTierGroupMemberships } from "../plan-tier-groups"

describe("planTierGroupMemberships", () => {
  const tier_group_ids = ["g_silver", "g_vip"]

  it("moves a customer from one tier group to another, and adds a new one", () => {
    const plan = planTierGroupMemberships({
      targets: new Map([
        ["cus_1", "g_vip"],
        ["cus_2", "g_silver"],
      ]),
      tier_group_ids,
      memberships: [{ customer_id: "cus_1", customer_group_id: "g_silver" }],
    })
    expect(plan).toEqual([
      { customer_group_id: "g_silver", add: ["cus_2"], remove: ["cus_1"] },
      { customer_group_id: "g_vip", add: ["cus_1"], remove: [] },
    ])
  })

  it("removes a customer that belongs in no tier from every tier group, and leaves other groups alone", () => {
    const plan = planTierGroupMemberships({
      targets: new Map([["cus_1", null]]),
      tier_group_ids,
      memberships: [
        { customer_id: "cus_1", customer_group_id: "g_vip" },
        { customer_id: "cus_1", customer_group_id: "g_silver" },
        { customer_id: "cus_1", customer_group_id: "g_newsletter" },
      ],
    })
    expect(plan).toEqual([
      { customer_group_id: "g_silver", add: [], remove: ["cus_1"] },
      { customer_group_id: "g_vip", add: [], remove: ["cus_1"] },
    ])
  })

  it("is empty when everyone is already where they belong", () => {
    expect(
      planTierGroupMemberships({
        targets: new Map([
          ["cus_1", "g_vip"],
          ["cus_2", null],
        ]),
        tier_group_ids,
        memberships: [{ customer_id: "cus_1", customer_group_id: "g_vip" }],
      })
    ).toEqual([])
  })
})
