/** Lifecycle of a dealer. Only `active` dealers attribute sales and earn. */
export const DealerStatus = {
  PENDING: "pending",
  ACTIVE: "active",
  SUSPENDED: "suspended",
  TERMINATED: "terminated",
} as const

export type DealerStatus = (typeof DealerStatus)[keyof typeof DealerStatus]

export const DEALER_STATUSES = Object.values(DealerStatus) as [DealerStatus, ...DealerStatus[]]
