import { model } from "@medusajs/framework/utils"
import { CustomerTier } from "./customer-tier"

/**
 * One way into a tier: over the last `window_months` months, net spend in
 * `currency_code` ≥ `min_spend` and/or orders ≥ `min_orders` (every condition
 * set on the rule must hold; at least one is set). A tier's rules are
 * alternatives: a customer qualifies when ANY of them matches.
 */
export const CustomerTierRule = model
  .define({ tableName: "customer_tier_rule", name: "CustomerTierRule" }, {
    id: model.id({ prefix: "ctrule" }).primaryKey(),
    /** Order within the tier (0 first): the first matching rule is the one a change records. */
    position: model.number().default(0),
    window_months: model.number(),
    min_spend: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    min_orders: model.number().nullable(),
    tier: model.belongsTo(() => CustomerTier, { mappedBy: "rules" }),
  })
  .indexes([{ on: ["tier_id"], where: "deleted_at IS NULL" }])
