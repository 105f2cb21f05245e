import { model } from "@medusajs/framework/utils"

/**
 * What one unit of an inventory item costs the merchant. Medusa's inventory
 * item has no cost, and stock value, count variances and slow-mover value
 * need one; it is kept here, one row per item.
 */
export const ItemCost = model
  .define({ tableName: "item_cost", name: "ItemCost" }, {
    id: model.id({ prefix: "itcost" }).primaryKey(),
    inventory_item_id: model.text(),
    currency_code: model.text(),
    unit_cost: model.bigNumber(),
  })
  .indexes([{ on: ["inventory_item_id"], unique: true, where: "deleted_at IS NULL" }])
