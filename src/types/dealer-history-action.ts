/** What a row of a dealer's history records. */
export const DealerHistoryAction = {
  JOINED: "joined",
  MOVED: "moved",
  TIER_CHANGED: "tier_changed",
  STATUS_CHANGED: "status_changed",
} as const

export type DealerHistoryAction = (typeof DealerHistoryAction)[keyof typeof DealerHistoryAction]

export const DEALER_HISTORY_ACTIONS = Object.values(DealerHistoryAction) as [
  DealerHistoryAction,
  ...DealerHistoryAction[],
]
