import {
  decideMaturation,
  MaturationDecision,
  MaturationInput,
  MaturationRefusal,
  maturationRefusalMessage,
} from "../maturation"

const FULFILLED = new Date("2026-11-24T00:00:00.000Z")
const DELIVERED = new Date("2026-11-26T12:00:00.000Z")

const base: MaturationInput = {
  canceled: false,
  fulfilled_at: FULFILLED,
  delivered_at: null,
  has_open_return: false,
  mature_on: "fulfilled",
  hold_days: 7,
  now: new Date("2026-12-05T00:00:00.000Z"),
}

const at = (iso: string) => new Date(iso)

describe("decideMaturation", () => {
  it.each<[string, Partial<MaturationInput>, MaturationDecision]>([
    ["fulfilled, hold passed", {}, { mature: true }],
    [
      "fulfilled, still on hold",
      { now: at("2026-11-30T23:59:59.999Z") },
      { mature: false, reason: "on_hold", until: at("2026-12-01T00:00:00.000Z"), hold_days: 7 },
    ],
    ["the hold ends exactly hold_days after fulfillment", { now: at("2026-12-01T00:00:00.000Z") }, { mature: true }],
    ["hold_days 0 matures on fulfillment", { hold_days: 0, now: FULFILLED }, { mature: true }],
    [
      "hold_days counts exact days",
      { hold_days: 1, now: at("2026-11-24T23:00:00.000Z") },
      { mature: false, reason: "on_hold", until: at("2026-11-25T00:00:00.000Z"), hold_days: 1 },
    ],
    ["not fulfilled", { fulfilled_at: null }, { mature: false, reason: "not_fulfilled" }],
    ["canceled never matures", { canceled: true }, { mature: false, reason: "canceled" }],
    ["canceled wins over every other reason", { canceled: true, fulfilled_at: null, has_open_return: true }, { mature: false, reason: "canceled" }],
    ["an open return blocks", { has_open_return: true }, { mature: false, reason: "open_return" }],
    ["not fulfilled is told before an open return", { fulfilled_at: null, has_open_return: true }, { mature: false, reason: "not_fulfilled" }],
    [
      "an open return is told before the hold",
      { has_open_return: true, now: FULFILLED },
      { mature: false, reason: "open_return" },
    ],
    ["mature_on delivered: fulfilled but not delivered", { mature_on: "delivered" }, { mature: false, reason: "not_delivered" }],
    [
      "mature_on delivered: neither fulfilled nor delivered says not fulfilled",
      { mature_on: "delivered", fulfilled_at: null },
      { mature: false, reason: "not_fulfilled" },
    ],
    [
      "mature_on delivered: the hold counts from delivery",
      { mature_on: "delivered", delivered_at: DELIVERED, now: at("2026-12-02T00:00:00.000Z") },
      { mature: false, reason: "on_hold", until: at("2026-12-03T12:00:00.000Z"), hold_days: 7 },
    ],
    [
      "mature_on delivered: delivered, hold passed",
      { mature_on: "delivered", delivered_at: DELIVERED, now: at("2026-12-03T12:00:00.000Z") },
      { mature: true },
    ],
    [
      "mature_on fulfilled: a delivered order counts as fulfilled when fulfilled_at is missing",
      { fulfilled_at: null, delivered_at: DELIVERED, now: at("2026-12-03T12:00:00.000Z") },
      { mature: true },
    ],
    [
      "mature_on fulfilled: delivery does not restart the hold",
      { delivered_at: DELIVERED, now: at("2026-12-01T00:00:00.000Z") },
      { mature: true },
    ],
    ["skip_hold skips the hold", { skip_hold: true, now: FULFILLED }, { mature: true }],
    ["skip_hold does not skip fulfillment", { skip_hold: true, fulfilled_at: null }, { mature: false, reason: "not_fulfilled" }],
    ["skip_hold does not skip delivery", { skip_hold: true, mature_on: "delivered" }, { mature: false, reason: "not_delivered" }],
    ["skip_hold does not skip an open return", { skip_hold: true, has_open_return: true }, { mature: false, reason: "open_return" }],
    ["skip_hold does not revive a canceled order", { skip_hold: true, canceled: true }, { mature: false, reason: "canceled" }],
    ["skip_hold false is the default", { skip_hold: false, now: FULFILLED }, { mature: false, reason: "on_hold", until: at("2026-12-01T00:00:00.000Z"), hold_days: 7 }],
  ])("%s", (_name, overrides, expected) => {
    expect(decideMaturation({ ...base, ...overrides })).toEqual(expected)
  })

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects hold_days %s", (hold_days) => {
    expect(() => decideMaturation({ ...base, hold_days })).toThrow(RangeError)
  })
})

describe("maturationRefusalMessage", () => {
  it.each<[MaturationRefusal, string]>([
    [{ mature: false, reason: "canceled" }, "The order is canceled; its commission never matures."],
    [{ mature: false, reason: "not_fulfilled" }, "The order is not fully fulfilled yet."],
    [{ mature: false, reason: "not_delivered" }, "The order is not fully delivered yet."],
    [
      { mature: false, reason: "open_return" },
      "The order has an open return; its commission matures once the return is received or canceled.",
    ],
    [
      { mature: false, reason: "on_hold", until: at("2026-12-01T00:00:00.000Z"), hold_days: 7 },
      "The order is on hold until 2026-12-01T00:00:00.000Z (hold_days: 7).",
    ],
  ])("explains %o", (decision, message) => {
    expect(maturationRefusalMessage(decision)).toBe(message)
  })

  it("explains what decideMaturation refused", () => {
    const decision = decideMaturation({ ...base, now: FULFILLED })
    if (decision.mature) throw new Error("expected a refusal")
    expect(maturationRefusalMessage(decision)).toBe(
      "The order is on hold until 2026-12-01T00:00:00.000Z (hold_days: 7)."
    )
  })
})
