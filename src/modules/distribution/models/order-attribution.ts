import { model } from "@medusajs/framework/utils"
import { ATTRIBUTION_SOURCES } from "../../../types/referral"

/**
 * Which dealer brought an order, frozen when the order is placed, with the
 * dealer's upline chain at that moment (the chain commission is split along).
 * One row per order, enforced by a unique index: a repeated event or a second
 * worker writes nothing.
 */
export const OrderAttribution = model
  .define({ tableName: "distribution_order_attribution", name: "OrderAttribution" }, {
    id: model.id({ prefix: "oattr" }).primaryKey(),
    order_id: model.text(),
    cart_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    dealer_id: model.text().nullable(),
    link_id: model.text().nullable(),
    source: model.enum([...ATTRIBUTION_SOURCES]),
    reason: model.text().nullable(),
    commissionable: model.boolean().default(false),
    /** [{ dealer_id, code, tier_id, status, level }], level 1 = the attributed dealer. */
    chain: model.json(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["dealer_id", "created_at"], where: "deleted_at IS NULL" },
  ])
