import { model } from "@medusajs/framework/utils"
import { STOCK_ALERT_STATUSES } from "../../../types/warehouse"

/**
 * A low-stock alert. At most one is open per item and location (a partial
 * unique index), so however many level changes arrive while stock stays low,
 * the alert opens — and notifies — once; it closes when stock recovers.
 */
export const StockAlert = model
  .define({ tableName: "stock_alert", name: "StockAlert" }, {
    id: model.id({ prefix: "stalrt" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    status: model.enum([...STOCK_ALERT_STATUSES]).default("open"),
    reorder_point: model.number(),
    available_quantity: model.number(),
    suggested_quantity: model.number(),
    opened_at: model.dateTime(),
    closed_at: model.dateTime().nullable(),
    closed_available_quantity: model.number().nullable(),
    notified_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["inventory_item_id", "location_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
    { on: ["status", "opened_at"] },
  ])
