export const DealerApplicationStatus = {
  PENDING: "pending",
  APPROVED: "approved",
  REJECTED: "rejected",
} as const

export type DealerApplicationStatus =
  (typeof DealerApplicationStatus)[keyof typeof DealerApplicationStatus]

export const DEALER_APPLICATION_STATUSES = Object.values(DealerApplicationStatus) as [
  DealerApplicationStatus,
  ...DealerApplicationStatus[],
]
