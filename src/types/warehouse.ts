/** Vocabulary of the warehouse module, shared by models, rules, workflows and routes. */

/** draft → shipped → received; draft or shipped → canceled (a shipped transfer puts its stock back). */
export const STOCK_TRANSFER_STATUSES = ["draft", "shipped", "received", "canceled"] as const
export type StockTransferStatus = (typeof STOCK_TRANSFER_STATUSES)[number]

/** `manual`: an admin moves stock; `restock`: a dealer's restock order arriving from its upline. */
export const STOCK_TRANSFER_KINDS = ["manual", "restock"] as const
export type StockTransferKind = (typeof STOCK_TRANSFER_KINDS)[number]

/** counting (snapshot taken, counts being entered) → applied; counting → canceled. */
export const STOCK_COUNT_STATUSES = ["counting", "applied", "canceled"] as const
export type StockCountStatus = (typeof STOCK_COUNT_STATUSES)[number]

/** One open alert per item and location at a time; it closes when stock recovers. */
export const STOCK_ALERT_STATUSES = ["open", "closed"] as const
export type StockAlertStatus = (typeof STOCK_ALERT_STATUSES)[number]

/** A restock order from the time it is placed until all of it has arrived in the dealer's location. */
export const RESTOCK_ORDER_STATUSES = ["placed", "partially_received", "received", "canceled"] as const
export type RestockOrderStatus = (typeof RESTOCK_ORDER_STATUSES)[number]
