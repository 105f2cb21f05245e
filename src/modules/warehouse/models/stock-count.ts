import { model } from "@medusajs/framework/utils"
import { STOCK_COUNT_STATUSES } from "../../../types/warehouse"
import { StockCountLine } from "./stock-count-line"

/**
 * A stock count (盘点) of one location: the system quantities are
 * snapshotted when it starts, counted quantities are entered (or uploaded),
 * and `apply` moves each level by counted − snapshot, so stock that moved
 * while people were counting is not overwritten.
 */
export const StockCount = model
  .define({ tableName: "stock_count", name: "StockCount" }, {
    id: model.id({ prefix: "stcnt" }).primaryKey(),
    display_id: model.autoincrement(),
    location_id: model.text(),
    status: model.enum([...STOCK_COUNT_STATUSES]).default("counting"),
    /** The filter the count was started with (all items when null), for the record. */
    scope: model.json().nullable(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
    applied_by: model.text().nullable(),
    applied_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => StockCountLine, { mappedBy: "count" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["location_id", "created_at"] },
    { on: ["status", "created_at"] },
  ])
