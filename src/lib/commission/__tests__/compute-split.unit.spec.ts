import Decimal from "decimal.js"
import {
  allocateRounding,
  computeSplit,
  SplitChainMember,
  SplitInput,
  SplitLineInput,
  SplitRule,
  volumeRate,
} from "../compute-split"
import { currencyPrecision } from "../currency-precision"

const T1 = "dtier_1"
const T2 = "dtier_2"
const T3 = "dtier_3"

const chain = (...statuses: string[]): SplitChainMember[] =>
  statuses.map((status, i) => ({
    dealer_id: `dlr_${i + 1}`,
    code: `D${i + 1}`,
    tier_id: [T3, T2, T1][i] ?? null,
    status,
    level: i + 1,
  }))

let position = 0
const rule = (over: Partial<SplitRule>): SplitRule => ({
  id: `crule_${position}`,
  position: position++,
  scope_type: "all",
  scope_id: null,
  tier_id: null,
  level: 1,
  type: "percentage",
  rate: "0.1",
  amount: null,
  currency_code: null,
  volume_tiers: null,
  is_active: true,
  ...over,
})

const line = (over: Partial<SplitLineInput> = {}): SplitLineInput => ({
  line_id: "li_1",
  title: "Tea",
  product_id: "prod_tea",
  collection_id: "pcol_drinks",
  category_ids: ["pcat_leaf"],
  quantity: 1,
  base: "100",
  ...over,
})

const split = (over: Partial<SplitInput>) =>
  computeSplit({
    currency_code: "cny",
    lines: [line()],
    chain: chain("active", "active", "active"),
    rules: [],
    settings: { max_levels: 3, max_total_rate: 0.5, compress_inactive: false },
    month_sales: {},
    ...over,
  })

/** level → amount of the first line. */
const amounts = (s: ReturnType<typeof split>, lineIndex = 0) =>
  Object.fromEntries(s.lines[lineIndex].entries.map((e) => [e.level, e.amount]))

describe("computeSplit", () => {
  describe("rule types", () => {
    it.each([
      ["percentage of the base", rule({ type: "percentage", rate: "0.08" }), { base: "123.45", quantity: 3 }, "9.88"],
      ["fixed per unit", rule({ type: "fixed", rate: null, amount: "2.50", currency_code: "cny" }), { base: "100", quantity: 3 }, "7.50"],
      ["fixed in another currency does not apply", rule({ type: "fixed", rate: null, amount: "2.50", currency_code: "usd" }), { base: "100", quantity: 3 }, undefined],
      ["a zero base earns nothing", rule({ type: "percentage", rate: "0.1" }), { base: "0", quantity: 1 }, undefined],
    ])("%s", (_name, r, l, expected) => {
      const s = split({ rules: [r], lines: [line(l)] })
      expect(amounts(s)[1]).toBe(expected)
    })

    it.each([
      ["below the first threshold", "0", "0.05"],
      ["this order crosses 10k", "9950", "0.07"],
      ["exactly on a threshold", "9900", "0.07"],
      ["above the last threshold", "60000", "0.09"],
    ])("volume tiers use the month's sales including this order: %s", (_name, monthSales, rate) => {
      const tiers = [
        { from: "0", rate: "0.05" },
        { from: "10000", rate: "0.07" },
        { from: "50000", rate: "0.09" },
      ]
      const s = split({
        rules: [rule({ type: "volume_tiers", rate: null, volume_tiers: tiers, currency_code: "cny" })],
        month_sales: { dlr_1: monthSales },
      })
      expect(s.lines[0].entries[0].rate).toBe(rate)
      expect(s.lines[0].entries[0].amount).toBe(new Decimal(100).times(rate).toFixed(2))
    })

    it("differential (级差) gives each upline its tier's rate minus what was granted below", () => {
      const s = split({
        rules: [
          rule({ level: 1, type: "percentage", rate: "0.05" }),
          rule({ level: 2, type: "differential", rate: "0.08" }),
          rule({ level: 3, type: "differential", rate: "0.12" }),
        ],
      })
      expect(amounts(s)).toEqual({ 1: "5.00", 2: "3.00", 3: "4.00" })
    })

    it("differential never goes negative: a lower tier already earning more leaves the upline nothing", () => {
      const s = split({
        rules: [rule({ level: 1, rate: "0.10" }), rule({ level: 2, type: "differential", rate: "0.08" })],
      })
      expect(amounts(s)).toEqual({ 1: "10.00" })
      expect(s.lines[0].skipped[0]).toEqual({ level: 2, dealer_id: "dlr_2", dealer_code: "D2", reason: "zero" })
    })

    it("a level with no matching rule earns nothing and says so", () => {
      const s = split({ rules: [rule({ level: 1 })] })
      expect(s.lines[0].skipped.map((x) => [x.level, x.reason])).toEqual([
        [2, "no_rule"],
        [3, "no_rule"],
      ])
    })

    it("inactive rules are ignored", () => {
      const s = split({ rules: [rule({ rate: "0.2", is_active: false }), rule({ rate: "0.1" })] })
      expect(amounts(s)[1]).toBe("10.00")
    })
  })

  describe("scope and tier precedence", () => {
    const rules = [
      rule({ scope_type: "all", rate: "0.01" }),
      rule({ scope_type: "collection", scope_id: "pcol_drinks", rate: "0.02" }),
      rule({ scope_type: "category", scope_id: "pcat_leaf", rate: "0.03" }),
      rule({ scope_type: "product", scope_id: "prod_tea", rate: "0.04" }),
      rule({ scope_type: "all", tier_id: T3, rate: "0.05" }),
    ]
    it.each([
      ["the product rule beats everything", line(), "4.00"],
      ["the category rule beats collection and all", line({ product_id: "prod_other" }), "3.00"],
      ["the collection rule beats all", line({ product_id: "prod_other", category_ids: [] }), "2.00"],
      ["a tier-specific all-products rule beats the any-tier one", line({ product_id: "x", category_ids: [], collection_id: null }), "5.00"],
    ])("%s", (_name, l, expected) => {
      expect(amounts(split({ rules, lines: [l] }))[1]).toBe(expected)
    })

    it("a tier rule applies only to dealers of that tier", () => {
      const s = split({ rules: [rule({ level: 2, tier_id: T1, rate: "0.5" })] })
      expect(amounts(s)[2]).toBeUndefined()
      const t2 = split({ rules: [rule({ level: 2, tier_id: T2, rate: "0.05" })] })
      expect(amounts(t2)[2]).toBe("5.00")
    })

    it("of equally specific rules the earlier in the plan wins", () => {
      const s = split({ rules: [rule({ rate: "0.07" }), rule({ rate: "0.09" })] })
      expect(amounts(s)[1]).toBe("7.00")
    })
  })

  describe("cap (max_total_rate)", () => {
    it("scales every level down proportionally when the line's levels exceed the cap", () => {
      const s = split({
        rules: [rule({ level: 1, rate: "0.3" }), rule({ level: 2, rate: "0.2" }), rule({ level: 3, rate: "0.1" })],
        settings: { max_levels: 3, max_total_rate: "0.3", compress_inactive: false },
      })
      expect(s.lines[0].capped).toBe(true)
      expect(amounts(s)).toEqual({ 1: "15.00", 2: "10.00", 3: "5.00" })
      expect(s.commission_total).toBe("30.00")
      expect(s.lines[0].entries[0].rate).toBe("0.15")
    })

    it("caps a fixed amount larger than the line", () => {
      const s = split({ rules: [rule({ type: "fixed", rate: null, amount: "80", currency_code: "cny" })] })
      expect(amounts(s)[1]).toBe("50.00")
    })

    it("leaves a split under the cap alone", () => {
      const s = split({ rules: [rule({ rate: "0.1" })] })
      expect(s.lines[0].capped).toBe(false)
    })
  })

  describe("inactive dealers and depth", () => {
    const rules = [rule({ level: 1, rate: "0.1" }), rule({ level: 2, rate: "0.05" }), rule({ level: 3, rate: "0.02" })]

    it.each([
      ["a suspended seller earns nothing and its share stays with the merchant", ["suspended", "active", "active"], false, { 2: "5.00", 3: "2.00" }],
      ["a terminated middle dealer leaves its level empty", ["active", "terminated", "active"], false, { 1: "10.00", 3: "2.00" }],
      ["compression moves the next active upline down (缩级)", ["active", "terminated", "active"], true, { 1: "10.00", 2: "5.00" }],
      ["compression with an inactive seller", ["suspended", "active", "active"], true, { 1: "10.00", 2: "5.00" }],
      ["nobody active, nobody earns", ["suspended", "terminated", "suspended"], true, {}],
    ])("%s", (_name, statuses, compress, expected) => {
      const s = split({ rules, chain: chain(...statuses), settings: { max_levels: 3, max_total_rate: 0.5, compress_inactive: compress } })
      expect(amounts(s)).toEqual(expected)
      expect(s.lines[0].skipped.filter((x) => x.reason === "inactive")).toHaveLength(statuses.filter((x) => x !== "active").length)
    })

    it("levels beyond max_levels earn nothing (WeChat Pay merchants: two levels)", () => {
      const s = split({ rules, settings: { max_levels: 2, max_total_rate: 0.5, compress_inactive: false } })
      expect(amounts(s)).toEqual({ 1: "10.00", 2: "5.00" })
      expect(s.lines[0].skipped).toEqual([{ level: 3, dealer_id: "dlr_3", dealer_code: "D3", reason: "beyond_max_levels" }])
    })

    it("an order with an empty chain splits nothing", () => {
      const s = split({ rules, chain: [] })
      expect(s.commission_total).toBe("0.00")
      expect(s.by_dealer).toEqual([])
    })
  })

  describe("rounding", () => {
    it("rounds half-up to the currency's precision", () => {
      const s = split({ rules: [rule({ rate: "0.05" })], lines: [line({ base: "0.10" })] })
      expect(amounts(s)[1]).toBe("0.01") // 0.005 → 0.01
    })

    it("uses no decimals for JPY", () => {
      const s = split({ currency_code: "jpy", rules: [rule({ rate: "0.033" })], lines: [line({ base: "1000" })] })
      expect(amounts(s)[1]).toBe("33")
    })

    it("adds up across many lines to the rounded total of the order, not the sum of per-line roundings", () => {
      const lines = Array.from({ length: 3 }, (_, i) => line({ line_id: `li_${i}`, base: "0.33" }))
      const s = split({ rules: [rule({ rate: "0.1" })], lines })
      // 10 % of 0.99 is 0.099 → 0.10; per line 0.033 would round to 0.03 × 3 = 0.09.
      expect(s.lines.map((l) => l.entries[0].amount)).toEqual(["0.04", "0.03", "0.03"])
      expect(s.commission_total).toBe("0.10")
    })

    it.each([7, 13, 101, 997])("the entries of %i random lines sum exactly to each dealer's rounded total", (n) => {
      let seed = n
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
      const lines = Array.from({ length: n }, (_, i) =>
        line({ line_id: `li_${i}`, quantity: 1 + Math.floor(random() * 5), base: (random() * 1000).toFixed(2) })
      )
      const rules = [rule({ level: 1, rate: "0.0733" }), rule({ level: 2, rate: "0.0317" }), rule({ level: 3, type: "differential", rate: "0.1234" })]
      const s = split({ rules, lines })
      for (const d of s.by_dealer) {
        const unrounded = s.lines.reduce((sum, l) => {
          const e = l.entries.find((x) => x.level === d.level)
          return e ? sum.plus(new Decimal(l.base).times(e.rate)) : sum
        }, new Decimal(0))
        const entries = s.lines.reduce((sum, l) => sum.plus(l.entries.find((x) => x.level === d.level)?.amount ?? 0), new Decimal(0))
        expect(entries.toFixed(2)).toBe(d.amount)
        expect(new Decimal(d.amount).minus(unrounded).abs().lte("0.005")).toBe(true)
      }
      const total = s.lines.flatMap((l) => l.entries).reduce((sum, e) => sum.plus(e.amount), new Decimal(0))
      expect(total.toFixed(2)).toBe(s.commission_total)
    })

    it("is exactly reproducible", () => {
      const input: SplitInput = {
        currency_code: "cny",
        lines: [line({ base: "99.99", quantity: 3 }), line({ line_id: "li_2", base: "0.01" })],
        chain: chain("active", "active", "active"),
        rules: [rule({ rate: "0.0333" }), rule({ level: 2, type: "differential", rate: "0.05" })],
        settings: { max_levels: 3, max_total_rate: 0.5, compress_inactive: false },
        month_sales: {},
      }
      expect(computeSplit(JSON.parse(JSON.stringify(input)))).toEqual(computeSplit(input))
    })
  })

  it("reports totals and the split by dealer", () => {
    const s = split({
      rules: [rule({ level: 1, rate: "0.1" }), rule({ level: 2, rate: "0.05" })],
      lines: [line(), line({ line_id: "li_2", base: "50" })],
    })
    expect(s.base_total).toBe("150")
    expect(s.by_dealer).toEqual([
      { dealer_id: "dlr_1", dealer_code: "D1", level: 1, amount: "15.00" },
      { dealer_id: "dlr_2", dealer_code: "D2", level: 2, amount: "7.50" },
    ])
    expect(s.commission_total).toBe("22.50")
  })
})

describe("volumeRate", () => {
  it("is 0 below the first threshold and ignores the tiers' order", () => {
    const tiers = [
      { from: "100", rate: "0.2" },
      { from: "10", rate: "0.1" },
    ]
    expect(volumeRate(tiers, "5").toString()).toBe("0")
    expect(volumeRate(tiers, "50").toString()).toBe("0.1")
    expect(volumeRate(tiers, "100").toString()).toBe("0.2")
  })
})

describe("allocateRounding", () => {
  it("gives the missing cents to the largest remainders, earliest first on ties", () => {
    const items = ["0.335", "0.335", "0.33"].map((a) => ({ key: "k", amount: new Decimal(a) }))
    expect(allocateRounding(items, 2).map(String)).toEqual(["0.34", "0.33", "0.33"])
  })
})

describe("currencyPrecision", () => {
  it.each([
    ["cny", 2],
    ["CNY", 2],
    ["jpy", 0],
    ["kwd", 3],
    ["usd", 2],
  ])("%s has %i decimals", (code, places) => {
    expect(currencyPrecision(code)).toBe(places)
  })
})
