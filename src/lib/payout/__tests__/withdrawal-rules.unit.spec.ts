import { assertWithdrawable, WithdrawableInput, WithdrawalRefused } from "../withdrawal-rules"

const base: WithdrawableInput = {
  available: "25.50",
  currency_code: "cny",
  min_payout_amount: "10",
  provider_minimum: "0.1",
  has_open_withdrawal: false,
}

function refusal(input: Partial<WithdrawableInput>): WithdrawalRefused {
  try {
    assertWithdrawable({ ...base, ...input })
  } catch (error) {
    expect(error).toBeInstanceOf(WithdrawalRefused)
    return error as WithdrawalRefused
  }
  throw new Error("expected a refusal")
}

describe("assertWithdrawable", () => {
  it("lets a dealer with enough available withdraw", () => {
    expect(() => assertWithdrawable(base)).not.toThrow()
    expect(() => assertWithdrawable({ ...base, available: "10.00" })).not.toThrow()
  })

  it("refuses below the minimum, with both amounts in the currency's format", () => {
    const error = refusal({ available: "8" })
    expect(error.reason).toBe("below_minimum")
    expect(error.message).toBe("Your available balance 8.00 CNY is below the minimum payout of 10.00 CNY.")
  })

  it("uses the provider's minimum when it is higher than the merchant's", () => {
    expect(refusal({ available: "0.05", min_payout_amount: "0.01" }).message).toBe(
      "Your available balance 0.05 CNY is below the minimum payout of 0.10 CNY."
    )
  })

  it("refuses a zero or negative balance as below the minimum", () => {
    expect(refusal({ available: "0" }).message).toBe(
      "Your available balance 0.00 CNY is below the minimum payout of 10.00 CNY."
    )
    expect(refusal({ available: "-1.5" }).reason).toBe("below_minimum")
  })

  it("follows the currency's decimals, and keeps a minimum's extra ones", () => {
    expect(refusal({ available: "500", currency_code: "jpy", min_payout_amount: "1000" }).message).toBe(
      "Your available balance 500 JPY is below the minimum payout of 1000 JPY."
    )
    expect(refusal({ available: "0.1", min_payout_amount: "0.105" }).message).toBe(
      "Your available balance 0.10 CNY is below the minimum payout of 0.105 CNY."
    )
  })

  it("refuses while another withdrawal is open, before anything else", () => {
    const error = refusal({ has_open_withdrawal: true, available: "1", provider_minimum: null })
    expect(error.reason).toBe("open_withdrawal")
    expect(error.message).toBe("A withdrawal is already waiting for approval.")
  })

  it("refuses a currency the provider can't pay", () => {
    const error = refusal({ provider_minimum: null, currency_code: "usd" })
    expect(error.reason).toBe("currency_unsupported")
    expect(error.message).toBe("Withdrawals in USD aren't possible with this payout method.")
  })
})
