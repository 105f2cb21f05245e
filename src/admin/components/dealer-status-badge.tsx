import { DealerStatus } from "../types/dealer"
import { createStatusBadge } from "./status-badge-factory"

/** Only the badge that stands for "this dealer's status" keeps the default test id. */
export const DealerStatusBadge = createStatusBadge<DealerStatus>({
  colors: { pending: "orange", active: "green", suspended: "red", terminated: "grey" },
  labelKey: "distribution.statuses.dealer",
  testId: "dealer-status-badge",
})
