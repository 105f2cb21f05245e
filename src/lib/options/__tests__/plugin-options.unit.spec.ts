import { resolvePluginOptions } from "../plugin-options"

describe("plugin options", () => {
  it("defaults to three levels", () => {
    expect(resolvePluginOptions(undefined)).toEqual(expect.objectContaining({ max_depth: 3, allow_deep_network: false }))
  })

  it("accepts fewer levels (WeChat Pay merchants may be limited to two)", () => {
    expect(resolvePluginOptions({ max_depth: 2 }).max_depth).toBe(2)
  })

  it("refuses more than three levels without an explicit opt-in", () => {
    expect(() => resolvePluginOptions({ max_depth: 4 })).toThrow(/allow_deep_network/)
    expect(resolvePluginOptions({ max_depth: 4, allow_deep_network: true }).max_depth).toBe(4)
  })

  it("names the bad option", () => {
    expect(() => resolvePluginOptions({ max_depth: "three" })).toThrow(/max_depth/)
    expect(() => resolvePluginOptions({ max_depth: 0 })).toThrow(/max_depth/)
  })
})

describe("referral options", () => {
  it("defaults to first click within 30 days, binding on the first order for ever", () => {
    expect(resolvePluginOptions({})).toEqual(
      expect.objectContaining({
        storefront_url: "http://localhost:8000",
        referral_param: "ref",
        attribution_model: "first_click",
        attribution_window_days: 30,
        bind_on: "order",
        binding_days: null,
        dealer_purchases_attribute_to: "self",
      })
    )
  })

  it("refuses unknown models and bad URLs", () => {
    expect(() => resolvePluginOptions({ attribution_model: "linear" })).toThrow(/attribution_model/)
    expect(() => resolvePluginOptions({ storefront_url: "shop" })).toThrow(/storefront_url/)
    expect(() => resolvePluginOptions({ binding_days: 0 })).toThrow(/binding_days/)
  })

  it("defaults commission to the net line, three levels, a 50 % cap and a 7-day hold in Shanghai time", () => {
    expect(resolvePluginOptions({})).toEqual(
      expect.objectContaining({
        commission_base: "net_of_discounts",
        max_levels: 3,
        max_total_rate: 0.5,
        compress_inactive: false,
        hold_days: 7,
        mature_on: "fulfilled",
        timezone: "Asia/Shanghai",
      })
    )
  })

  it("refuses commission on more than three levels without the opt-in", () => {
    expect(() => resolvePluginOptions({ max_levels: 4 })).toThrow(/max_levels.*pyramid/)
    expect(resolvePluginOptions({ max_levels: 4, max_depth: 4, allow_deep_network: true }).max_levels).toBe(4)
  })

  it("refuses a cap outside (0, 1], a negative hold and an unknown time zone", () => {
    expect(() => resolvePluginOptions({ max_total_rate: 0 })).toThrow(/max_total_rate/)
    expect(() => resolvePluginOptions({ max_total_rate: 1.5 })).toThrow(/max_total_rate/)
    expect(() => resolvePluginOptions({ hold_days: -1 })).toThrow(/hold_days/)
    expect(() => resolvePluginOptions({ timezone: "Mars/Olympus" })).toThrow(/timezone.*IANA/)
  })
})

describe("referral rate-limit options", () => {
  it("default to generous touch budgets and a tight unknown-code budget", () => {
    expect(resolvePluginOptions({}).referral_rate_limit).toEqual({
      window_seconds: 60,
      per_ip: 300,
      per_visitor: 60,
      unknown_code_window_seconds: 900,
      unknown_codes_per_ip: 30,
      unknown_codes_per_visitor: 10,
    })
  })

  it("fill what is left out, and switch off with null (whole) or 0 / null (one budget)", () => {
    expect(resolvePluginOptions({ referral_rate_limit: { per_ip: 1000 } }).referral_rate_limit).toEqual(
      expect.objectContaining({ per_ip: 1000, per_visitor: 60, unknown_codes_per_ip: 30 })
    )
    expect(resolvePluginOptions({ referral_rate_limit: null }).referral_rate_limit).toBeNull()
    expect(
      resolvePluginOptions({ referral_rate_limit: { per_ip: 0, unknown_codes_per_ip: null } }).referral_rate_limit
    ).toEqual(expect.objectContaining({ per_ip: 0, unknown_codes_per_ip: null }))
  })

  it.each([
    [{ per_ip: -1 }, /referral_rate_limit\.per_ip/],
    [{ per_visitor: 1.5 }, /referral_rate_limit\.per_visitor/],
    [{ unknown_codes_per_ip: "30" }, /referral_rate_limit\.unknown_codes_per_ip/],
    [{ window_seconds: 0 }, /referral_rate_limit\.window_seconds/],
    [{ unknown_code_window_seconds: 86_401 }, /referral_rate_limit\.unknown_code_window_seconds/],
    [{ per_minute: 10 }, /referral_rate_limit/],
  ])("refuses %p, naming the option", (value, message) => {
    expect(() => resolvePluginOptions({ referral_rate_limit: value })).toThrow(message)
  })
})
