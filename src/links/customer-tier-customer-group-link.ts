import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerTierModule from "../modules/customer-tier"

/** The customer group that carries a customer tier's prices and promotions (read-only on `customer_group_id`). */
export default defineLink(
  { linkable: CustomerTierModule.linkable.customerTier, field: "customer_group_id" },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)
