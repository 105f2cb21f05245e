import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import WarehouseModule from "../modules/warehouse"

/** The Medusa order behind a restock order (read-only on `order_id`). */
export default defineLink(
  { linkable: WarehouseModule.linkable.restockOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
