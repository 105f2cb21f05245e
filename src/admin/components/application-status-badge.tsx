import { DealerApplicationStatus } from "../types/application"
import { createStatusBadge } from "./status-badge-factory"

export const ApplicationStatusBadge = createStatusBadge<DealerApplicationStatus>({
  colors: { pending: "orange", approved: "green", rejected: "red" },
  labelKey: "distribution.statuses.application",
  testId: "application-status-badge",
})
