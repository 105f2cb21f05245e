import { model } from "@medusajs/framework/utils"
import { STOCK_TRANSFER_KINDS, STOCK_TRANSFER_STATUSES } from "../../../types/warehouse"
import { StockTransferLine } from "./stock-transfer-line"

/**
 * Stock moving from one Medusa stock location to another (调拨). The levels
 * themselves live in Medusa's inventory module; this records what moved, when
 * and by whom. A restock transfer is created from the fulfilment that shipped
 * a dealer's restock order (one per fulfilment, by the unique fulfillment_id).
 */
export const StockTransfer = model
  .define({ tableName: "stock_transfer", name: "StockTransfer" }, {
    id: model.id({ prefix: "stxfer" }).primaryKey(),
    display_id: model.autoincrement(),
    kind: model.enum([...STOCK_TRANSFER_KINDS]).default("manual"),
    status: model.enum([...STOCK_TRANSFER_STATUSES]).default("draft"),
    from_location_id: model.text(),
    to_location_id: model.text(),
    note: model.text().nullable(),
    /** Restock transfers: the dealer's order and the fulfilment that shipped it. */
    order_id: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    created_by: model.text().nullable(),
    shipped_by: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    received_by: model.text().nullable(),
    received_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => StockTransferLine, { mappedBy: "transfer" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["status", "created_at"] },
    { on: ["from_location_id", "created_at"] },
    { on: ["to_location_id", "created_at"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["fulfillment_id"], unique: true, where: "fulfillment_id IS NOT NULL" },
  ])
