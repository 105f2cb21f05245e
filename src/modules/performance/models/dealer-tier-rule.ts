import { model } from "@medusajs/framework/utils"
import { TIER_RULE_DIRECTIONS } from "../../../types/performance"

/**
 * A performance rule moving dealers between two tiers: "tier 3 → tier 2 when
 * the last 3 months' sales ≥ X and active customers ≥ Y". An upgrade fires
 * when every minimum is met (exactly at the minimum counts as met); a
 * downgrade fires when any minimum is missed.
 */
export const DealerTierRule = model
  .define({ tableName: "dealer_tier_rule", name: "DealerTierRule" }, {
    id: model.id({ prefix: "dtrule" }).primaryKey(),
    from_tier_id: model.text(),
    to_tier_id: model.text(),
    direction: model.enum([...TIER_RULE_DIRECTIONS]),
    /** Complete calendar months (merchant's time zone) measured, ending with the evaluated month. */
    window_months: model.number().default(3),
    /** Own net sales (net of refunds) in the window, in `currency_code`. */
    min_sales: model.bigNumber(),
    currency_code: model.text(),
    /** Distinct customers who bought through the dealer in the window. */
    min_active_customers: model.number().default(0),
    /** Net sales of the dealer's whole downline in the window; null = not part of the rule. */
    min_downline_sales: model.bigNumber().nullable(),
    active: model.boolean().default(true),
    description: model.text().nullable(),
  })
  .indexes([{ on: ["from_tier_id"], where: "deleted_at IS NULL" }])
