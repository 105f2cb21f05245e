import { model } from "@medusajs/framework/utils"
import { RESTOCK_ORDER_STATUSES } from "../../../types/warehouse"

/**
 * A dealer's restock order (进货): a normal Medusa order placed by the
 * dealer's customer account, to be shipped from `source_location_id` (the
 * upline dealer's location, or the producer's) and received into the
 * dealer's own location as restock transfers, one per fulfilment.
 */
export const RestockOrder = model
  .define({ tableName: "restock_order", name: "RestockOrder" }, {
    id: model.id({ prefix: "rstk" }).primaryKey(),
    order_id: model.text(),
    dealer_id: model.text(),
    target_location_id: model.text(),
    source_location_id: model.text().nullable(),
    /** The upline dealer shipping it; null when the producer does. */
    source_dealer_id: model.text().nullable(),
    status: model.enum([...RESTOCK_ORDER_STATUSES]).default("placed"),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["dealer_id", "created_at"] },
  ])
