import { model } from "@medusajs/framework/utils"

/**
 * Low-stock threshold of one inventory item at one location (库存预警): an
 * alert opens when the available quantity falls to or below `reorder_point`;
 * `reorder_quantity` is what the alert suggests ordering (when unset, enough
 * to get back to twice the reorder point).
 */
export const StockThreshold = model
  .define({ tableName: "stock_threshold", name: "StockThreshold" }, {
    id: model.id({ prefix: "stthr" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    reorder_point: model.number(),
    reorder_quantity: model.number().nullable(),
  })
  .indexes([
    { on: ["inventory_item_id", "location_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["location_id"] },
  ])
