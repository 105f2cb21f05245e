import type { MedusaContainer } from "@medusajs/framework/types"
import type CustomerTierModuleService from "../../../modules/customer-tier/service"
import { CUSTOMER_TIER_MODULE } from "../../../types/module-names"

export function customerTierService(container: Pick<MedusaContainer, "resolve">): CustomerTierModuleService {
  return container.resolve<CustomerTierModuleService>(CUSTOMER_TIER_MODULE)
}

/**
 * The lock one customer's tier evaluation holds (Medusa's locking module;
 * Redis across workers): an order's evaluation and the daily job never
 * interleave for the same customer, so a change is recorded once.
 */
export const customerTierLockKey = (customerId: string) => `medusa-plugin-distribution:customer-tier:${customerId}`

/** Seconds to wait for the locks of a batch, and how long they may be held. */
export const CUSTOMER_TIER_LOCK = { timeout: 30, ttl: 120 }
