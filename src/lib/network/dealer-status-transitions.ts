import { DealerStatus } from "../../types/dealer-status"

/** Which status a dealer may move to from each status. Terminated is final. */
const ALLOWED: Record<DealerStatus, DealerStatus[]> = {
  pending: ["active", "terminated"],
  active: ["suspended", "terminated"],
  suspended: ["active", "terminated"],
  terminated: [],
}

/** Null when allowed, otherwise the reason it is refused. */
export function dealerStatusTransitionError(from: DealerStatus, to: DealerStatus): string | null {
  if (from === to) {
    return `The dealer is already ${to}.`
  }
  if (!ALLOWED[from].includes(to)) {
    return from === "terminated"
      ? "A terminated dealer cannot change status; terminated is final."
      : `A ${from} dealer cannot become ${to}.`
  }
  return null
}

/**
 * Tier prices (the tier's customer group) belong to active dealers only: a
 * pending, suspended or terminated dealer's account buys at public prices.
 */
export function grantsTierPrices(status: DealerStatus): boolean {
  return status === "active"
}
