import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DistributionModule from "../modules/distribution"

/** The customer a binding (绑定关系) holds (read-only on `customer_binding.customer_id`). */
export default defineLink(
  { linkable: DistributionModule.linkable.customerBinding, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
