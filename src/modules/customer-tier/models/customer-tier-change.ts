import { model } from "@medusajs/framework/utils"
import { CUSTOMER_TIER_CHANGE_SOURCES } from "../../../types/customer-tier"

/**
 * A customer moving between tiers (null = no tier). Written only when the
 * tier actually changes, so the rows are the customer's tier history and the
 * latest row is its current tier. `rule` is a snapshot of the rule that
 * matched (or null when no rule of any tier did) with the figures measured.
 */
export const CustomerTierChange = model
  .define({ tableName: "customer_tier_change", name: "CustomerTierChange" }, {
    id: model.id({ prefix: "ctchg" }).primaryKey(),
    customer_id: model.text(),
    from_tier_id: model.text().nullable(),
    to_tier_id: model.text().nullable(),
    reason: model.text(),
    rule: model.json().nullable(),
    source: model.enum([...CUSTOMER_TIER_CHANGE_SOURCES]),
    order_id: model.text().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
    { on: ["to_tier_id"], where: "deleted_at IS NULL" },
  ])
