import { DealerStatus, DealerStatusAction } from "../types/dealer"

export const DEALER_STATUS_ACTIONS: DealerStatusAction[] = [
  "suspend",
  "reactivate",
  "terminate",
]

// Mirrors the backend's transitions (`src/lib/network/dealer-status-transitions`):
// terminated is final; "reactivate" makes a pending or suspended dealer active.
const ALLOWED_FROM: Record<DealerStatusAction, DealerStatus[]> = {
  suspend: ["active"],
  reactivate: ["pending", "suspended"],
  terminate: ["pending", "active", "suspended"],
}

export const canApplyStatusAction = (
  status: DealerStatus,
  action: DealerStatusAction
) => ALLOWED_FROM[action].includes(status)

export const isDealerStatusAction = (
  value: string | null
): value is DealerStatusAction =>
  !!value && (DEALER_STATUS_ACTIONS as string[]).includes(value)
