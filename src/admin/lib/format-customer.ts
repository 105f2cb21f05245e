import { DealerCustomerSummary } from "../types/dealer"

/** "First Last (email)", or just the email when the customer has no name. */
export const formatCustomer = (
  customer?: Partial<DealerCustomerSummary> | null
): string => {
  if (!customer) {
    return ""
  }
  const name = [customer.first_name, customer.last_name]
    .filter(Boolean)
    .join(" ")
  if (name && customer.email) {
    return `${name} (${customer.email})`
  }
  return name || customer.email || ""
}
