import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DistributionModule from "../modules/distribution"

/** The customer who applied (read-only on `customer_id`). */
export default defineLink(
  { linkable: DistributionModule.linkable.dealerApplication, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
