import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DistributionModule from "../modules/distribution"

/**
 * A dealer's sign-in account. Read-only on `dealer.customer_id`, which carries
 * a unique index: one dealer per customer, enforced by the database.
 */
export default defineLink(
  { linkable: DistributionModule.linkable.dealer, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
