import { dealerStatusTransitionError, grantsTierPrices } from "../dealer-status-transitions"

describe("dealer status transitions", () => {
  it.each([
    ["pending", "active"],
    ["pending", "terminated"],
    ["active", "suspended"],
    ["active", "terminated"],
    ["suspended", "active"],
    ["suspended", "terminated"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(dealerStatusTransitionError(from, to)).toBeNull()
  })

  it.each([
    ["active", "active", "already active"],
    ["active", "pending", "cannot become pending"],
    ["suspended", "pending", "cannot become pending"],
    ["terminated", "active", "terminated is final"],
    ["terminated", "suspended", "terminated is final"],
  ] as const)("refuses %s → %s", (from, to, message) => {
    expect(dealerStatusTransitionError(from, to)).toContain(message)
  })

  it("grants tier prices to active dealers only", () => {
    expect(["pending", "active", "suspended", "terminated"].filter((s) => grantsTierPrices(s as any))).toEqual([
      "active",
    ])
  })
})
