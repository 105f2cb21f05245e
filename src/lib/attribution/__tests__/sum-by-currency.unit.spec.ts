import { sumByCurrency } from "../sum-by-currency"

describe("sumByCurrency", () => {
  it("adds exactly, per currency", () => {
    expect(
      sumByCurrency([
        { currency_code: "cny", amount: 0.1 },
        { currency_code: "cny", amount: "0.2" },
        { currency_code: "usd", amount: { numeric: 5 } },
        { currency_code: "cny", amount: 199.9 },
      ])
    ).toEqual([
      { currency_code: "cny", amount: "200.2" },
      { currency_code: "usd", amount: "5" },
    ])
  })

  it("is empty for no rows", () => expect(sumByCurrency([])).toEqual([]))
})
