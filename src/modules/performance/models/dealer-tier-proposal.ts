import { model } from "@medusajs/framework/utils"
import { TIER_PROPOSAL_STATUSES } from "../../../types/performance"

/**
 * A tier change a rule proposed for a dealer after evaluating one month.
 * Unique per dealer and evaluated month (`period_key`, YYYY-MM): however often
 * the job runs, a dealer gets one proposal per month. It keeps the rule as it
 * was and the figures measured, so a later edit of the rule does not rewrite
 * why the proposal was made.
 */
export const DealerTierProposal = model
  .define({ tableName: "dealer_tier_proposal", name: "DealerTierProposal" }, {
    id: model.id({ prefix: "dtprop" }).primaryKey(),
    dealer_id: model.text(),
    from_tier_id: model.text(),
    to_tier_id: model.text(),
    rule_id: model.text().nullable(),
    direction: model.enum(["upgrade", "downgrade"]),
    /** The rule's fields when it fired. */
    rule_snapshot: model.json(),
    /** { currency_code, window: {from, to}, sales, active_customers, downline_sales } as decimal strings. */
    measured: model.json(),
    period_key: model.text(),
    status: model.enum([...TIER_PROPOSAL_STATUSES]).default("proposed"),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["dealer_id", "period_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
