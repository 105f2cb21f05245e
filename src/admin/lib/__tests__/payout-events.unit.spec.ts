import {
  answerDetail,
  createdDetail,
  isAnswerEvent,
  isKnownPayoutEventKind,
} from "../payout-events"

describe("payout events", () => {
  it("knows the server's kinds and spots answers", () => {
    expect(isKnownPayoutEventKind("mark_failed_answer")).toBe(true)
    expect(isKnownPayoutEventKind("teleported")).toBe(false)
    expect(isAnswerEvent("callback_answer")).toBe(true)
    expect(isAnswerEvent("approved")).toBe(false)
  })

  it("reads an answer's fields, ignoring missing or mistyped ones", () => {
    expect(
      answerDetail({
        state: "unknown",
        error: "POST /v3/transfer: timeout",
        provider_state: 42,
        status_after: "sending",
      })
    ).toEqual({
      state: "unknown",
      provider_state: null,
      failure_reason: null,
      error: "POST /v3/transfer: timeout",
      status_after: "sending",
    })
    expect(answerDetail(null)).toBeNull()
    expect(answerDetail("FAIL")).toBeNull()
    expect(answerDetail([])).toBeNull()
  })

  it("reads what a created event reserved", () => {
    expect(createdDetail({ amount: "35.25", entries: 2, retry_of_id: "po_1" })).toEqual({
      amount: "35.25",
      entries: 2,
      retry_of_id: "po_1",
    })
    expect(createdDetail({ amount: 12 })).toEqual({ amount: "12", entries: null, retry_of_id: null })
    expect(createdDetail(undefined)).toBeNull()
  })
})
