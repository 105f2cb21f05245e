import { model } from "@medusajs/framework/utils"

/**
 * An order's commission split, written once when the order is accrued, with
 * everything the split was computed from (lines, frozen chain, plan snapshot,
 * settings, month sales) so it can be recomputed and checked to the cent,
 * whatever later happens to the plan.
 */
export const OrderCommission = model
  .define({ tableName: "commission_order", name: "OrderCommission" }, {
    id: model.id({ prefix: "ocm" }).primaryKey(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    /** The dealer who sold (level 1 of the chain). */
    dealer_id: model.text(),
    /** Every dealer of the frozen chain: the volume-tier month sales read it. */
    chain_dealer_ids: model.array(),
    currency_code: model.text(),
    base_total: model.bigNumber(),
    commission_total: model.bigNumber(),
    placed_at: model.dateTime(),
    /** SplitInput without the rules: lines, chain, settings, month_sales. */
    inputs: model.json(),
    /** The plan's rules as they were when the order was split. */
    plan_snapshot: model.json(),
    split: model.json(),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["currency_code", "placed_at"] },
  ])
