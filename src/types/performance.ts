/** Vocabulary of the performance module, shared by models, rules, workflows and routes. */

/** An upgrade fires when a dealer meets every minimum; a downgrade when it misses one. */
export const TIER_RULE_DIRECTIONS = ["upgrade", "downgrade"] as const
export type TierRuleDirection = (typeof TIER_RULE_DIRECTIONS)[number]

/**
 * proposed → accepted (an admin accepted it: the tier moved) | rejected (an admin
 * said no) | applied (moved automatically, `auto_apply_tier_proposals`).
 */
export const TIER_PROPOSAL_STATUSES = ["proposed", "accepted", "rejected", "applied"] as const
export type TierProposalStatus = (typeof TIER_PROPOSAL_STATUSES)[number]
