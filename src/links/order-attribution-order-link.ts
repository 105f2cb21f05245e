import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DistributionModule from "../modules/distribution"

/** The order an attribution belongs to (read-only on `order_attribution.order_id`). */
export default defineLink(
  { linkable: DistributionModule.linkable.orderAttribution, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
