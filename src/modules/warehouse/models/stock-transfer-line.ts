import { model } from "@medusajs/framework/utils"
import { StockTransfer } from "./stock-transfer"

/**
 * One inventory item on a transfer. `received_quantity` is set on receipt;
 * when it is short of `quantity` the difference is the line's discrepancy,
 * with the receiver's note.
 */
export const StockTransferLine = model
  .define({ tableName: "stock_transfer_line", name: "StockTransferLine" }, {
    id: model.id({ prefix: "stxline" }).primaryKey(),
    inventory_item_id: model.text(),
    /** Copied when the line is added, so a slip still reads right if the item is renamed. */
    sku: model.text().nullable(),
    title: model.text().nullable(),
    quantity: model.number(),
    received_quantity: model.number().nullable(),
    discrepancy_quantity: model.number().default(0),
    discrepancy_note: model.text().nullable(),
    transfer: model.belongsTo(() => StockTransfer, { mappedBy: "lines" }),
  })
  .indexes([
    { on: ["transfer_id", "inventory_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["inventory_item_id"] },
  ])
