import { model } from "@medusajs/framework/utils"
import { StockCount } from "./stock-count"

/**
 * One item of a count: the stocked quantity when the count started, what was
 * counted, and, once applied, the adjustment made and the level after it.
 */
export const StockCountLine = model
  .define({ tableName: "stock_count_line", name: "StockCountLine" }, {
    id: model.id({ prefix: "stcline" }).primaryKey(),
    inventory_item_id: model.text(),
    sku: model.text().nullable(),
    title: model.text().nullable(),
    snapshot_quantity: model.number(),
    counted_quantity: model.number().nullable(),
    counted_by: model.text().nullable(),
    counted_at: model.dateTime().nullable(),
    /** Unit cost when the count started (from the item's cost), for the variance's value. */
    unit_cost: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    applied_adjustment: model.number().nullable(),
    quantity_after: model.number().nullable(),
    count: model.belongsTo(() => StockCount, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["count_id", "inventory_item_id"], unique: true, where: "deleted_at IS NULL" }])
