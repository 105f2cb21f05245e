import {
  averageOrderValue,
  competitionRank,
  dealerPerformance,
  EMPTY_FIGURES,
  growthRate,
  netSales,
  performanceGrowth,
  returnRate,
} from "../dealer-performance"

describe("dealer performance maths", () => {
  it.each([
    ["300", "50", "250"],
    ["0", "0", "0"],
    ["100.10", "100.10", "0"],
    ["0.1", "0.3", "-0.2"],
  ])("net sales %s − %s = %s", (sales, refunded, net) => {
    expect(netSales(sales, refunded).toString()).toBe(net)
  })

  it.each([
    ["250", 2, "cny", "125.00"],
    ["100", 3, "cny", "33.33"],
    ["200", 3, "cny", "66.67"], // half-up
    ["100", 3, "jpy", "33"],
    ["0", 0, "cny", null],
    ["50", 0, "cny", null],
  ])("average order value of %s over %s orders in %s is %s", (net, orders, currency, aov) => {
    expect(averageOrderValue(net, orders as number, currency as string)).toBe(aov)
  })

  it.each([
    ["50", "300", "0.1667"],
    ["0", "300", "0.0000"],
    ["300", "300", "1.0000"],
    ["10", "0", null],
  ])("return rate %s ÷ %s = %s", (refunded, sales, rate) => {
    expect(returnRate(refunded, sales)).toBe(rate)
  })

  it.each([
    ["150", "100", "0.5000"],
    ["50", "100", "-0.5000"],
    ["100", "100", "0.0000"],
    ["0", "100", "-1.0000"],
    ["100", "0", null],
    ["-50", "-100", "0.5000"], // from a net loss back towards zero is growth
    [3, 2, "0.5000"],
  ])("growth from %s to %s is %s", (current, previous, growth) => {
    expect(growthRate(current, previous)).toBe(growth)
  })

  it("ranks by competition: ties share a rank and the next rank skips", () => {
    const values = ["300", "200", "200", "100"]
    expect(values.map((v) => competitionRank(v, values))).toEqual([1, 2, 2, 4])
    expect(competitionRank("0", ["0"])).toBe(1)
    expect(competitionRank("5.5", ["5.50", "5.49"])).toBe(1)
  })

  it("shapes a period's sums into figures, money in the currency's precision", () => {
    const figures = dealerPerformance(
      {
        ...EMPTY_FIGURES,
        sales: "300",
        refunded: "50",
        order_count: 2,
        active_customers: 2,
        downline_sales: "400",
        downline_refunded: "100",
        downline_order_count: 3,
        new_bound_customers: 1,
        commission_earned: "27.5",
        commission_paid: "10",
        stock_value: "125",
      },
      "cny"
    )
    expect(figures).toEqual({
      currency_code: "cny",
      sales: "300.00",
      refunded: "50.00",
      net_sales: "250.00",
      downline_net_sales: "300.00",
      team_net_sales: "550.00",
      order_count: 2,
      average_order_value: "125.00",
      new_bound_customers: 1,
      active_customers: 2,
      return_rate: "0.1667",
      commission_earned: "27.50",
      commission_paid: "10.00",
      stock_value: "125.00",
    })
    const empty = dealerPerformance(EMPTY_FIGURES, "cny")
    expect(empty.average_order_value).toBeNull()
    expect(empty.return_rate).toBeNull()
    expect(empty.stock_value).toBe("0.00")
    expect(performanceGrowth(figures, empty)).toEqual({
      net_sales: null,
      team_net_sales: null,
      order_count: null,
      active_customers: null,
    })
    expect(performanceGrowth(figures, dealerPerformance({ ...EMPTY_FIGURES, sales: "200", order_count: 1, active_customers: 2 }, "cny"))).toEqual({
      net_sales: "0.2500",
      team_net_sales: "1.7500",
      order_count: "1.0000",
      active_customers: "0.0000",
    })
  })
})
