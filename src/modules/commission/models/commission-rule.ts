import { model } from "@medusajs/framework/utils"
import { COMMISSION_RULE_SCOPES, COMMISSION_RULE_TYPES } from "../../../types/commission"

/**
 * One rule of the merchant's commission plan. The plan is the ordered set of
 * active rules; for each order line and earning level the most specific
 * matching rule wins (see `computeSplit`). A rule that is changed or removed
 * never rewrites history: each order keeps a snapshot of the plan it was
 * split with, and each ledger entry the rule and rate that produced it.
 */
export const CommissionRule = model
  .define({ tableName: "commission_rule", name: "CommissionRule" }, {
    id: model.id({ prefix: "crule" }).primaryKey(),
    position: model.number(),
    name: model.text().nullable(),
    scope_type: model.enum([...COMMISSION_RULE_SCOPES]),
    scope_id: model.text().nullable(),
    /** The earning dealer's tier this rule is for; null = any tier. */
    tier_id: model.text().nullable(),
    /** 1 = the dealer who sold, 2 = its upline, … */
    level: model.number(),
    type: model.enum([...COMMISSION_RULE_TYPES]),
    /** percentage and differential: a fraction of the base (0.05 = 5 %). */
    rate: model.bigNumber().nullable(),
    /** fixed: the amount per unit. */
    amount: model.bigNumber().nullable(),
    /** fixed and volume_tiers: the currency of the amount or thresholds. */
    currency_code: model.text().nullable(),
    /** volume_tiers (阶梯): [{ from, rate }] ascending by month sales. */
    volume_tiers: model.json().nullable(),
    is_active: model.boolean().default(true),
  })
  .indexes([{ on: ["position"], where: "deleted_at IS NULL" }])
