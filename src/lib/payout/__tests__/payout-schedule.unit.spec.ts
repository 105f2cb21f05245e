import { PayoutSchedule, scheduledBatchKey } from "../payout-schedule"

const schedule: PayoutSchedule = { day_of_month: 5, currency_code: "cny", provider_id: "wechatpay" }
const at = (iso: string) => new Date(iso)

describe("scheduledBatchKey", () => {
  it("is null without a schedule", () => {
    expect(scheduledBatchKey(at("2026-11-20T00:00:00Z"), null, "Asia/Shanghai")).toBeNull()
  })

  it.each([
    // Shanghai is UTC+8: 5 November starts at 4 November 16:00 UTC.
    ["2026-11-04T15:59:59Z", null],
    ["2026-11-04T16:00:00Z", "schedule:2026-11:cny:wechatpay"],
    ["2026-11-20T03:00:00Z", "schedule:2026-11:cny:wechatpay"],
    // The last instant of November in Shanghai, and the first of December.
    ["2026-11-30T15:59:59Z", "schedule:2026-11:cny:wechatpay"],
    ["2026-11-30T16:00:00Z", null],
    ["2026-12-05T00:00:00Z", "schedule:2026-12:cny:wechatpay"],
    // New year in Shanghai while still December in UTC.
    ["2026-12-31T17:00:00Z", null],
  ])("Asia/Shanghai at %s ⇒ %j", (iso, expected) => {
    expect(scheduledBatchKey(at(iso), schedule, "Asia/Shanghai")).toBe(expected)
  })

  it("reads the day on the merchant's calendar, not UTC's", () => {
    // 5 November 02:00 UTC is still 4 November in New York.
    expect(scheduledBatchKey(at("2026-11-05T02:00:00Z"), schedule, "America/New_York")).toBeNull()
    expect(scheduledBatchKey(at("2026-11-05T02:00:00Z"), schedule, "UTC")).toBe("schedule:2026-11:cny:wechatpay")
    // 1 December 03:00 UTC is 30 November in New York: November's key.
    expect(scheduledBatchKey(at("2026-12-01T03:00:00Z"), schedule, "America/New_York")).toBe(
      "schedule:2026-11:cny:wechatpay"
    )
  })

  it("fires from day 1 on, and on 28 even in February", () => {
    const first = { ...schedule, day_of_month: 1 }
    expect(scheduledBatchKey(at("2026-02-01T00:00:00Z"), first, "UTC")).toBe("schedule:2026-02:cny:wechatpay")
    const last = { ...schedule, day_of_month: 28 }
    expect(scheduledBatchKey(at("2026-02-27T23:59:59Z"), last, "UTC")).toBeNull()
    expect(scheduledBatchKey(at("2026-02-28T00:00:00Z"), last, "UTC")).toBe("schedule:2026-02:cny:wechatpay")
  })

  it("lower-cases the currency", () => {
    expect(scheduledBatchKey(at("2026-11-20T00:00:00Z"), { ...schedule, currency_code: "CNY" }, "UTC")).toBe(
      "schedule:2026-11:cny:wechatpay"
    )
  })

  it.each([[0], [29], [31], [2.5]])("refuses day_of_month %p", (day_of_month) => {
    expect(() => scheduledBatchKey(at("2026-11-20T00:00:00Z"), { ...schedule, day_of_month }, "UTC")).toThrow(RangeError)
  })
})
