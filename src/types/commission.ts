/** Vocabulary of the commission module, shared by models, rules and routes. */
export const COMMISSION_RULE_SCOPES = ["all", "product", "collection", "category"] as const
export type CommissionRuleScope = (typeof COMMISSION_RULE_SCOPES)[number]

export const COMMISSION_RULE_TYPES = ["percentage", "fixed", "volume_tiers", "differential"] as const
export type CommissionRuleType = (typeof COMMISSION_RULE_TYPES)[number]

export const LEDGER_ENTRY_KINDS = ["accrual", "reversal", "adjustment", "payout"] as const
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number]

/** pending → available → reserved (in a payout being sent) → paid; a failed payout puts reserved back to available. */
export const LEDGER_ENTRY_STATUSES = ["pending", "available", "reserved", "paid"] as const
export type LedgerEntryStatus = (typeof LEDGER_ENTRY_STATUSES)[number]

export const COMMISSION_BASES = ["net_of_discounts", "gross"] as const
export type CommissionBase = (typeof COMMISSION_BASES)[number]

export const MATURE_ON = ["fulfilled", "delivered"] as const
