import { PAYOUT_BATCH_STATUSES, PayoutBatchStatus } from "../../../types/payout"
import { batchProgress, nextBatchStatus } from "../batch-status"

describe("batchProgress", () => {
  it("counts every status, settled and in flight", () => {
    expect(
      batchProgress(
        {
          draft: 0,
          queued: 1,
          sending: 2,
          processing: 3,
          awaiting_confirmation: 4,
          succeeded: 5,
          failed: 6,
          canceled: 7,
        },
        "123.45"
      )
    ).toEqual({
      total: 28,
      done: 18,
      succeeded: 5,
      failed: 6,
      canceled: 7,
      in_flight: 10,
      amount_succeeded: "123.45",
    })
  })

  it("takes missing statuses as zero", () => {
    expect(batchProgress({ succeeded: 2 }, "20.00")).toEqual({
      total: 2,
      done: 2,
      succeeded: 2,
      failed: 0,
      canceled: 0,
      in_flight: 0,
      amount_succeeded: "20.00",
    })
  })

  it("counts draft payouts in the total but not in flight", () => {
    expect(batchProgress({ draft: 3 }, "0")).toMatchObject({ total: 3, done: 0, in_flight: 0 })
  })
})

describe("nextBatchStatus", () => {
  const progress = (counts: Parameters<typeof batchProgress>[0]) => batchProgress(counts, "0")

  it.each([
    [{ queued: 2 }, "processing"],
    [{ succeeded: 1, awaiting_confirmation: 1 }, "processing"],
    [{ succeeded: 1, sending: 1 }, "processing"],
    [{ succeeded: 3 }, "completed"],
    [{ succeeded: 2, failed: 1 }, "partially_failed"],
    [{ succeeded: 2, canceled: 1 }, "partially_failed"],
    [{ failed: 2 }, "partially_failed"],
    [{ canceled: 2 }, "partially_failed"],
  ] as [Parameters<typeof batchProgress>[0], PayoutBatchStatus][])("processing batch with %j: %s", (counts, expected) => {
    expect(nextBatchStatus("processing", progress(counts))).toBe(expected)
  })

  it("reopens a finished batch when a payout is retried (the retried one is not counted)", () => {
    expect(nextBatchStatus("partially_failed", progress({ succeeded: 2, queued: 1 }))).toBe("processing")
    expect(nextBatchStatus("partially_failed", progress({ succeeded: 3 }))).toBe("completed")
    expect(nextBatchStatus("completed", progress({ succeeded: 3 }))).toBe("completed")
  })

  it("leaves draft, approved and canceled batches to the admin's actions", () => {
    for (const status of ["draft", "approved", "canceled"] as PayoutBatchStatus[]) {
      expect(nextBatchStatus(status, progress({ succeeded: 3 }))).toBe(status)
      expect(nextBatchStatus(status, progress({ canceled: 3 }))).toBe(status)
      expect(nextBatchStatus(status, progress({ queued: 3 }))).toBe(status)
    }
  })

  it("keeps the status of a batch without payouts", () => {
    for (const status of PAYOUT_BATCH_STATUSES) expect(nextBatchStatus(status, progress({}))).toBe(status)
  })
})
