export type MatureOn = "fulfilled" | "delivered"

export type MaturationInput = {
  canceled: boolean
  /** When the order was fully fulfilled (its latest fulfillment); null while it is not. */
  fulfilled_at: Date | null
  /** When the order was fully delivered; null while it is not. */
  delivered_at: Date | null
  has_open_return: boolean
  mature_on: MatureOn
  hold_days: number
  now: Date
  /** An admin's override: skips the hold period only, never the other conditions. */
  skip_hold?: boolean
}

export type MaturationRefusal =
  | {
      mature: false
      reason: "canceled" | "not_fulfilled" | "not_delivered" | "open_return"
      until?: undefined
      hold_days?: undefined
    }
  | {
      mature: false
      reason: "on_hold"
      /** When the hold ends and the commission may mature. */
      until: Date
      hold_days: number
    }

export type MaturationDecision = { mature: true } | MaturationRefusal

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Whether an order's pending commission may become available now.
 *
 * Commission is earned on goods the customer keeps: so it waits until the
 * order is fulfilled (or delivered, per `mature_on`), then for `hold_days`
 * more (the window in which returns usually arrive), and not while a return
 * is open. A canceled order never matures. The hold is counted in exact
 * 24-hour days from the fulfillment (or delivery) time.
 *
 * A fully delivered order is fully fulfilled, so `delivered_at` stands in for
 * a missing `fulfilled_at`.
 */
export function decideMaturation(input: MaturationInput): MaturationDecision {
  if (!Number.isFinite(input.hold_days) || input.hold_days < 0) {
    throw new RangeError(`decideMaturation: hold_days must be a number ≥ 0, got ${input.hold_days}`)
  }
  if (input.canceled) return { mature: false, reason: "canceled" }

  const fulfilledAt = input.fulfilled_at ?? input.delivered_at
  if (!fulfilledAt) return { mature: false, reason: "not_fulfilled" }
  if (input.mature_on === "delivered" && !input.delivered_at) {
    return { mature: false, reason: "not_delivered" }
  }
  if (input.has_open_return) return { mature: false, reason: "open_return" }

  if (!input.skip_hold) {
    const since = input.mature_on === "delivered" ? input.delivered_at! : fulfilledAt
    const until = new Date(since.getTime() + input.hold_days * DAY_MS)
    if (input.now.getTime() < until.getTime()) {
      return { mature: false, reason: "on_hold", until, hold_days: input.hold_days }
    }
  }
  return { mature: true }
}

/** An English sentence for the 400 error that refuses to mature an order's commission. */
export function maturationRefusalMessage(decision: MaturationRefusal): string {
  switch (decision.reason) {
    case "canceled":
      return "The order is canceled; its commission never matures."
    case "not_fulfilled":
      return "The order is not fully fulfilled yet."
    case "not_delivered":
      return "The order is not fully delivered yet."
    case "open_return":
      return "The order has an open return; its commission matures once the return is received or canceled."
    case "on_hold":
      return `The order is on hold until ${decision.until.toISOString()} (hold_days: ${decision.hold_days}).`
  }
}
