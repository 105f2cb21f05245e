import type { TransferState } from "../../../modules/payout/providers/types"
import { PAYOUT_STATUSES, PayoutStatus } from "../../../types/payout"
import {
  applyOutcome,
  assertManualSettlable,
  assertProviderCancelable,
  assertRemovable,
  assertRetryable,
  assertTransition,
  canTransition,
  isEarlierProviderState,
  isTerminal,
  PAYOUT_TRANSITIONS,
  PayoutStateError,
  releasesMoney,
} from "../payout-transitions"

const STATES: TransferState[] = [
  "processing",
  "awaiting_confirmation",
  "succeeded",
  "failed",
  "canceled",
  "not_found",
  "unknown",
]

const apply = (status: PayoutStatus, state: TransferState) => applyOutcome({ status }, { state })

describe("isTerminal / releasesMoney", () => {
  it.each(PAYOUT_STATUSES.map((s) => [s]))("%s", (status) => {
    expect(isTerminal(status)).toBe(["succeeded", "failed", "canceled"].includes(status))
    expect(releasesMoney(status)).toBe(["failed", "canceled"].includes(status))
  })
})

describe("canTransition", () => {
  it.each([
    ["draft", "queued", true],
    ["draft", "canceled", true],
    ["draft", "sending", false],
    ["draft", "succeeded", false],
    ["queued", "sending", true],
    ["queued", "canceled", true],
    ["queued", "draft", false],
    ["sending", "processing", true],
    ["sending", "queued", true],
    ["sending", "succeeded", true],
    ["processing", "queued", true],
    ["processing", "awaiting_confirmation", true],
    ["processing", "succeeded", true],
    ["processing", "failed", true],
    ["processing", "sending", false],
    ["processing", "draft", false],
    ["awaiting_confirmation", "processing", true],
    ["awaiting_confirmation", "succeeded", true],
    ["awaiting_confirmation", "canceled", true],
    ["awaiting_confirmation", "queued", false],
    ["awaiting_confirmation", "sending", false],
    ["succeeded", "failed", false],
    ["succeeded", "processing", false],
    ["failed", "succeeded", false],
    ["failed", "queued", false],
    ["canceled", "succeeded", false],
  ] as [PayoutStatus, PayoutStatus, boolean][])("%s -> %s: %s", (from, to, expected) => {
    expect(canTransition(from, to)).toBe(expected)
  })

  it("never leaves a terminal status and never re-enters draft", () => {
    for (const from of PAYOUT_STATUSES) {
      for (const to of PAYOUT_STATUSES) {
        if (isTerminal(from)) expect(canTransition(from, to)).toBe(false)
        if (to === "draft") expect(canTransition(from, to)).toBe(false)
        if (from === to) expect(canTransition(from, to)).toBe(false)
      }
    }
  })

  it("has a row for every status", () => {
    expect(Object.keys(PAYOUT_TRANSITIONS).sort()).toEqual([...PAYOUT_STATUSES].sort())
  })

  it("assertTransition throws a PayoutStateError naming both statuses", () => {
    expect(() => assertTransition("processing", "queued")).not.toThrow()
    expect(() => assertTransition("succeeded", "failed")).toThrow(PayoutStateError)
    expect(() => assertTransition("succeeded", "failed")).toThrow("A payout can't go from succeeded to failed.")
  })
})

describe("applyOutcome", () => {
  it.each([
    // direct mappings
    ["sending", "processing", { status: "processing", needs_query: false }],
    ["sending", "awaiting_confirmation", { status: "awaiting_confirmation", needs_query: false }],
    ["sending", "succeeded", { status: "succeeded", needs_query: false }],
    ["sending", "failed", { status: "failed", needs_query: false }],
    ["sending", "canceled", { status: "canceled", needs_query: false }],
    ["processing", "processing", { status: "processing", needs_query: false }],
    ["processing", "awaiting_confirmation", { status: "awaiting_confirmation", needs_query: false }],
    ["processing", "succeeded", { status: "succeeded", needs_query: false }],
    ["processing", "failed", { status: "failed", needs_query: false }],
    ["processing", "canceled", { status: "canceled", needs_query: false }],
    // WAIT_USER_CONFIRM -> TRANSFERING -> SUCCESS
    ["awaiting_confirmation", "processing", { status: "processing", needs_query: false }],
    ["awaiting_confirmation", "awaiting_confirmation", { status: "awaiting_confirmation", needs_query: false }],
    ["awaiting_confirmation", "succeeded", { status: "succeeded", needs_query: false }],
    ["awaiting_confirmation", "failed", { status: "failed", needs_query: false }],
    ["awaiting_confirmation", "canceled", { status: "canceled", needs_query: false }],
    // a late answer for a payout sent back to queued after not_found: the transfer exists
    ["queued", "processing", { status: "processing", needs_query: false }],
    ["queued", "succeeded", { status: "succeeded", needs_query: false }],
    // unknown: keep the money reserved, query before anything else
    ["queued", "unknown", { status: "processing", needs_query: true }],
    ["sending", "unknown", { status: "processing", needs_query: true }],
    ["processing", "unknown", { status: "processing", needs_query: true }],
    ["awaiting_confirmation", "unknown", { status: "awaiting_confirmation", needs_query: true }],
    // not_found: the create never arrived, send again with the same out_bill_no
    ["sending", "not_found", { status: "queued", needs_query: false }],
    ["processing", "not_found", { status: "queued", needs_query: false }],
    ["queued", "not_found", null],
    // the provider had it and now says it doesn't: never send twice, ask again
    ["awaiting_confirmation", "not_found", { status: "awaiting_confirmation", needs_query: true }],
  ] as [PayoutStatus, TransferState, unknown][])("%s + %s", (status, state, expected) => {
    expect(apply(status, state)).toEqual(expected)
  })

  it("ignores a duplicate SUCCESS callback after success", () => {
    expect(apply("succeeded", "succeeded")).toBeNull()
  })

  it("never un-pays: FAIL or CANCELLED after SUCCESS is ignored", () => {
    expect(apply("succeeded", "failed")).toBeNull()
    expect(apply("succeeded", "canceled")).toBeNull()
    expect(apply("succeeded", "processing")).toBeNull()
    expect(apply("succeeded", "not_found")).toBeNull()
  })

  it("never moves any terminal or draft payout, whatever the provider says", () => {
    for (const status of ["succeeded", "failed", "canceled", "draft"] as PayoutStatus[]) {
      for (const state of STATES) expect(apply(status, state)).toBeNull()
    }
  })

  it("only ever produces moves the transition table allows", () => {
    for (const status of PAYOUT_STATUSES) {
      for (const state of STATES) {
        const result = apply(status, state)
        if (result && result.status !== status) {
          expect([status, result.status, canTransition(status, result.status)]).toEqual([status, result.status, true])
        }
      }
    }
  })

  it("treats a state it doesn't know as unknown", () => {
    expect(apply("sending", "REVIEWING" as TransferState)).toEqual({ status: "processing", needs_query: true })
  })
})

describe("action guards", () => {
  it("assertManualSettlable: processing only", () => {
    expect(() => assertManualSettlable("processing")).not.toThrow()
    for (const status of PAYOUT_STATUSES.filter((s) => s !== "processing")) {
      expect(() => assertManualSettlable(status)).toThrow(PayoutStateError)
    }
    expect(() => assertManualSettlable("succeeded")).toThrow(
      "Only a processing payout can be marked paid or failed; this one is succeeded."
    )
  })

  it("assertRetryable: failed or canceled, once", () => {
    expect(() => assertRetryable({ status: "failed" })).not.toThrow()
    expect(() => assertRetryable({ status: "canceled", retried_by_id: null })).not.toThrow()
    expect(() => assertRetryable({ status: "failed", retried_by_id: "po_2" })).toThrow("already been retried")
    expect(() => assertRetryable({ status: "succeeded" })).toThrow(PayoutStateError)
    expect(() => assertRetryable({ status: "processing" })).toThrow(PayoutStateError)
  })

  it("assertRemovable: draft only", () => {
    expect(() => assertRemovable("draft")).not.toThrow()
    expect(() => assertRemovable("queued")).toThrow(PayoutStateError)
  })

  it("assertProviderCancelable: awaiting_confirmation only", () => {
    expect(() => assertProviderCancelable("awaiting_confirmation")).not.toThrow()
    expect(() => assertProviderCancelable("processing")).toThrow(PayoutStateError)
  })
})

describe("applyOutcome: answers about an earlier stage of the transfer", () => {
  const at = (status: PayoutStatus, provider_state: string | null) => ({ status, provider_state })

  it.each([
    // the dealer confirmed (TRANSFERING): an old WAIT_USER_CONFIRM / ACCEPTED / PROCESSING is old news
    [at("processing", "TRANSFERING"), "awaiting_confirmation", "WAIT_USER_CONFIRM"],
    [at("processing", "TRANSFERING"), "processing", "ACCEPTED"],
    [at("processing", "TRANSFERING"), "processing", "PROCESSING"],
    [at("awaiting_confirmation", "WAIT_USER_CONFIRM"), "processing", "ACCEPTED"],
    [at("awaiting_confirmation", "WAIT_USER_CONFIRM"), "processing", "PROCESSING"],
    [at("processing", "PROCESSING"), "processing", "ACCEPTED"],
  ] as const)("%p ignores %s (%s)", (current, state, provider_state) => {
    expect(applyOutcome(current, { state, provider_state })).toBeNull()
  })

  it.each([
    // forward: ACCEPTED -> PROCESSING -> WAIT_USER_CONFIRM -> TRANSFERING -> SUCCESS
    [at("processing", "ACCEPTED"), "processing", "PROCESSING", "processing"],
    [at("processing", "PROCESSING"), "awaiting_confirmation", "WAIT_USER_CONFIRM", "awaiting_confirmation"],
    [at("awaiting_confirmation", "WAIT_USER_CONFIRM"), "processing", "TRANSFERING", "processing"],
    [at("awaiting_confirmation", "WAIT_USER_CONFIRM"), "processing", "CANCELING", "processing"],
    [at("processing", "CANCELING"), "processing", "TRANSFERING", "processing"],
    [at("processing", "TRANSFERING"), "succeeded", "SUCCESS", "succeeded"],
    // a final state overtakes every earlier one
    [at("processing", "ACCEPTED"), "failed", "FAIL", "failed"],
    // a queued or sending payout (sent again after not_found) takes any answer
    [at("queued", "TRANSFERING"), "processing", "ACCEPTED", "processing"],
    [at("sending", "WAIT_USER_CONFIRM"), "processing", "ACCEPTED", "processing"],
    // no stage known on either side (the manual provider, an unknown state)
    [at("processing", null), "awaiting_confirmation", "WAIT_USER_CONFIRM", "awaiting_confirmation"],
    [at("processing", "TRANSFERING"), "awaiting_confirmation", null, "awaiting_confirmation"],
  ] as const)("%p takes %s (%s)", (current, state, provider_state, status) => {
    expect(applyOutcome(current, { state, provider_state })).toEqual({ status, needs_query: false })
  })

  it("orders the stages", () => {
    expect(isEarlierProviderState("WAIT_USER_CONFIRM", "TRANSFERING")).toBe(true)
    expect(isEarlierProviderState("TRANSFERING", "CANCELING")).toBe(false)
    expect(isEarlierProviderState("SOMETHING_NEW", "SUCCESS")).toBe(false)
    expect(isEarlierProviderState(null, "SUCCESS")).toBe(false)
  })
})
