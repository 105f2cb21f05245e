import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DistributionModule from "../modules/distribution"

/** The customer group that carries a tier's prices (read-only on `customer_group_id`). */
export default defineLink(
  { linkable: DistributionModule.linkable.dealerTier, field: "customer_group_id" },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)
