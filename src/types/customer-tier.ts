/** What triggered a tier evaluation: a placed order, the daily job, or an admin's "evaluate now". */
export const CUSTOMER_TIER_CHANGE_SOURCES = ["order", "job", "admin"] as const
export type CustomerTierChangeSource = (typeof CUSTOMER_TIER_CHANGE_SOURCES)[number]
