import {
  accountChangeFields,
  canApproveBatch,
  canCancelBatch,
  isBatchActive,
  payoutAccountActions,
  payoutRowActions,
  progressPercent,
  progressShares,
  settlesManually,
  summarizeSkipped,
} from "../payout-actions"
import { PayoutBatchStatus, PayoutStatus } from "../../types/payout"

const payout = (
  status: PayoutStatus,
  { provider_id = "manual", retried_by_id = null }: { provider_id?: string; retried_by_id?: string | null } = {}
) => ({ status, provider_id, retried_by_id })

describe("batch actions", () => {
  it.each<[PayoutBatchStatus, boolean, boolean, boolean]>([
    ["draft", true, true, false],
    ["approved", false, true, true],
    ["processing", false, false, true],
    ["completed", false, false, false],
    ["partially_failed", false, false, false],
    ["canceled", false, false, false],
  ])("%s: approve %s, cancel %s, polled %s", (status, approve, cancel, active) => {
    expect(canApproveBatch(status)).toBe(approve)
    expect(canCancelBatch(status)).toBe(cancel)
    expect(isBatchActive(status)).toBe(active)
  })
})

describe("settlesManually", () => {
  it("reads the providers list", () => {
    const providers = [
      { id: "manual", settles_manually: true },
      { id: "wechatpay", settles_manually: false },
      { id: "bank-file", settles_manually: true },
    ]
    expect(settlesManually("bank-file", providers)).toBe(true)
    expect(settlesManually("wechatpay", providers)).toBe(false)
  })

  it("falls back to the manual provider alone before the list loads", () => {
    expect(settlesManually("manual", undefined)).toBe(true)
    expect(settlesManually("wechatpay", null)).toBe(false)
    expect(settlesManually("bank-file", [])).toBe(false)
  })
})

describe("payoutRowActions", () => {
  const manual = { batchStatus: "processing" as const, manual: true }
  const wechat = { batchStatus: "processing" as const, manual: false }

  it("removes a draft payout from a draft batch only", () => {
    expect(payoutRowActions(payout("draft"), { batchStatus: "draft", manual: true })).toEqual(["remove"])
    expect(payoutRowActions(payout("draft"), { batchStatus: "canceled", manual: true })).toEqual([])
  })

  it("retries a failed or canceled payout once", () => {
    expect(payoutRowActions(payout("failed"), manual)).toEqual(["retry"])
    expect(payoutRowActions(payout("canceled"), { batchStatus: "partially_failed", manual: false })).toEqual([
      "retry",
    ])
    expect(payoutRowActions(payout("failed", { retried_by_id: "po_2" }), manual)).toEqual([])
  })

  it("does not retry in a canceled or draft batch", () => {
    expect(payoutRowActions(payout("canceled"), { batchStatus: "canceled", manual: true })).toEqual([])
    expect(payoutRowActions(payout("canceled"), { batchStatus: "draft", manual: true })).toEqual([])
  })

  it("settles a hand-settled payout in flight by hand, and can refresh it", () => {
    expect(payoutRowActions(payout("processing"), manual)).toEqual(["mark_paid", "mark_failed", "refresh"])
    expect(payoutRowActions(payout("processing", { provider_id: "wechatpay" }), wechat)).toEqual(["refresh"])
  })

  it("cancels a WeChat transfer awaiting the dealer's confirmation", () => {
    expect(payoutRowActions(payout("awaiting_confirmation", { provider_id: "wechatpay" }), wechat)).toEqual([
      "cancel_transfer",
      "refresh",
    ])
    expect(payoutRowActions(payout("awaiting_confirmation", { provider_id: "other" }), wechat)).toEqual([
      "refresh",
    ])
  })

  it("refreshes a payout whose send may have happened", () => {
    expect(payoutRowActions(payout("sending", { provider_id: "wechatpay" }), wechat)).toEqual(["refresh"])
  })

  it.each<PayoutStatus>(["queued", "succeeded"])("offers nothing for %s", (status) => {
    expect(payoutRowActions(payout(status), manual)).toEqual([])
  })
})

describe("progress", () => {
  it("splits the bar by outcome", () => {
    expect(progressShares({ total: 4, succeeded: 2, failed: 1, canceled: 0 })).toEqual({
      succeeded: 50,
      failed: 25,
      canceled: 0,
    })
  })

  it("shows an empty bar for an empty batch", () => {
    expect(progressShares({ total: 0, succeeded: 0, failed: 0, canceled: 0 })).toEqual({
      succeeded: 0,
      failed: 0,
      canceled: 0,
    })
    expect(progressPercent({ done: 0, total: 0 })).toBe(0)
  })

  it("reaches 100 % only when every payout is done", () => {
    expect(progressPercent({ done: 199, total: 200 })).toBe(99)
    expect(progressPercent({ done: 200, total: 200 })).toBe(100)
  })
})

describe("summarizeSkipped", () => {
  it("counts per reason in a fixed order", () => {
    expect(
      summarizeSkipped([
        { reason: "no_account" },
        { reason: "below_minimum" },
        { reason: "no_account" },
      ])
    ).toEqual([
      { reason: "below_minimum", count: 1 },
      { reason: "no_account", count: 2 },
    ])
    expect(summarizeSkipped([])).toEqual([])
  })
})

describe("payoutAccountActions", () => {
  it.each([
    ["unverified", ["verify", "lock"]],
    ["verified", ["lock"]],
    ["locked", ["unlock"]],
  ] as const)("%s offers %j", (status, expected) => {
    expect(payoutAccountActions(status)).toEqual(expected)
  })
})

describe("accountChangeFields", () => {
  it("lists only what changed", () => {
    expect(
      accountChangeFields(
        { bank_name: "ICBC", account_holder: "Li Lei", account_number_masked: "****1234", updated_at: "a" },
        { bank_name: "ICBC", account_holder: "Li Lei", account_number_masked: "****9876", updated_at: "b" }
      )
    ).toEqual([{ field: "account_number_masked", before: "****1234", after: "****9876" }])
  })

  it("lists every field of a first setup, empty values as null", () => {
    expect(accountChangeFields(null, { openid_masked: "o***x", real_name_masked: "", id: "pa_1" })).toEqual([
      { field: "openid_masked", before: null, after: "o***x" },
    ])
  })
})
