import { effectiveMinimum, PayoutCurrencyUnsupported, selectPayees, SelectPayeesInput } from "../select-payees"

const candidate = (code: string, available: string, dealer_status = "active") => ({
  dealer_id: `dealer_${code}`,
  dealer_code: code,
  dealer_status,
  available,
})

function input(overrides: Partial<SelectPayeesInput> = {}): SelectPayeesInput {
  return {
    candidates: [],
    accounts: new Map(),
    min_payout_amount: "10",
    provider_minimum: "0.1",
    ...overrides,
  }
}

describe("effectiveMinimum", () => {
  it.each([
    ["10", "0.1", "10"],
    ["0.05", "0.1", "0.1"],
    ["10.00", "10", "10"],
    ["1", "1.5", "1.5"],
  ])("max(%s, %s) = %s", (min, providerMin, expected) => {
    expect(effectiveMinimum(min, providerMin)).toBe(expected)
  })

  it("throws a clear error when the provider can't pay the currency", () => {
    expect(() => effectiveMinimum("10", null, { provider_id: "wechatpay", currency_code: "usd" })).toThrow(
      new PayoutCurrencyUnsupported("wechatpay", "usd")
    )
    expect(() => effectiveMinimum("10", null, { provider_id: "wechatpay", currency_code: "usd" })).toThrow(
      'The payout provider "wechatpay" can\'t pay in USD.'
    )
    expect(() => effectiveMinimum("10", null)).toThrow("The payout provider can't pay in this currency.")
  })
})

describe("selectPayees", () => {
  it("pays every active dealer with an account and enough money, all of it", () => {
    const result = selectPayees(
      input({
        candidates: [candidate("D2", "12.34"), candidate("D1", "100.00")],
        accounts: new Map([
          ["dealer_D1", { id: "acc_1", status: "verified" }],
          ["dealer_D2", { id: "acc_2", status: "unverified" }],
        ]),
      })
    )
    expect(result).toEqual({
      payees: [
        { dealer_id: "dealer_D1", dealer_code: "D1", account_id: "acc_1", amount: "100.00" },
        { dealer_id: "dealer_D2", dealer_code: "D2", account_id: "acc_2", amount: "12.34" },
      ],
      skipped: [],
    })
  })

  it("skips with the first reason that applies, in dealer_code order", () => {
    const result = selectPayees(
      input({
        candidates: [
          candidate("E", "50", "active"), // account locked
          candidate("A", "5", "suspended"), // inactive and below minimum: inactive wins
          candidate("D", "50", "active"), // no account
          candidate("C", "50", "active"), // paid
          candidate("B", "9.99", "active"), // below minimum, also no account: below wins
          candidate("F", "5", "active"), // below minimum and locked: below wins
        ],
        accounts: new Map([
          ["dealer_C", { id: "acc_C", status: "verified" }],
          ["dealer_E", { id: "acc_E", status: "locked" }],
          ["dealer_F", { id: "acc_F", status: "locked" }],
        ]),
      })
    )
    expect(result.payees.map((p) => p.dealer_code)).toEqual(["C"])
    expect(result.skipped).toEqual([
      { dealer_id: "dealer_A", dealer_code: "A", available: "5", reason: "dealer_inactive" },
      { dealer_id: "dealer_B", dealer_code: "B", available: "9.99", reason: "below_minimum" },
      { dealer_id: "dealer_D", dealer_code: "D", available: "50", reason: "no_account" },
      { dealer_id: "dealer_E", dealer_code: "E", available: "50", reason: "account_locked" },
      { dealer_id: "dealer_F", dealer_code: "F", available: "5", reason: "below_minimum" },
    ])
  })

  it("leaves dealers with nothing (or less than nothing) available out entirely", () => {
    const result = selectPayees(
      input({
        candidates: [candidate("A", "0"), candidate("B", "0.00"), candidate("C", "-3.20"), candidate("D", "0", "inactive")],
        accounts: new Map([["dealer_A", { id: "acc_A", status: "verified" }]]),
      })
    )
    expect(result).toEqual({ payees: [], skipped: [] })
  })

  it("pays exactly the minimum, and uses the provider's minimum when it is higher", () => {
    const accounts = new Map([
      ["dealer_A", { id: "acc_A", status: "verified" as const }],
      ["dealer_B", { id: "acc_B", status: "verified" as const }],
    ])
    const candidates = [candidate("A", "10.00"), candidate("B", "0.09")]
    expect(selectPayees(input({ candidates, accounts })).payees.map((p) => p.dealer_code)).toEqual(["A"])
    const low = selectPayees(input({ candidates, accounts, min_payout_amount: "0.01", provider_minimum: "0.1" }))
    expect(low.payees.map((p) => p.dealer_code)).toEqual(["A"])
    expect(low.skipped).toEqual([{ dealer_id: "dealer_B", dealer_code: "B", available: "0.09", reason: "below_minimum" }])
  })

  it("compares amounts as decimals, not text or floats", () => {
    const accounts = new Map([["dealer_A", { id: "acc_A", status: "verified" as const }]])
    // "9.5" > "10" as text; 0.1 + 0.2 style float noise must not matter either.
    expect(selectPayees(input({ candidates: [candidate("A", "9.5")], accounts })).skipped[0].reason).toBe("below_minimum")
    expect(
      selectPayees(input({ candidates: [candidate("A", "0.30")], accounts, min_payout_amount: "0.3" })).payees
    ).toHaveLength(1)
  })

  it("orders ties in dealer_code by dealer_id, and does not reorder the caller's array", () => {
    const candidates = [
      { ...candidate("X", "20"), dealer_id: "dealer_2" },
      { ...candidate("X", "20"), dealer_id: "dealer_1" },
    ]
    const result = selectPayees(input({ candidates }))
    expect(result.skipped.map((s) => s.dealer_id)).toEqual(["dealer_1", "dealer_2"])
    expect(candidates[0].dealer_id).toBe("dealer_2")
  })

  it("throws when the provider can't pay the currency, even with no candidates", () => {
    expect(() =>
      selectPayees(input({ provider_minimum: null, provider_id: "wechatpay", currency_code: "eur" }))
    ).toThrow(PayoutCurrencyUnsupported)
  })
})
