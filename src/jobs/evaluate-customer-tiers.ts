import type { MedusaContainer } from "@medusajs/framework/types"
import { evaluateCustomerTiersInBatches } from "../workflows/customer-tier/utils/evaluate-customer-tiers-in-batches"

/**
 * Every day, every customer with an order in the longest tier-rule window,
 * and every customer holding a tier, is evaluated in batches of 500: tiers
 * are granted that an order's evaluation missed, and taken away when a
 * window passes without the spend or orders that earned them. Safe to
 * overlap or repeat: a change is recorded once.
 */
export default async function evaluateCustomerTiers(container: MedusaContainer) {
  await evaluateCustomerTiersInBatches(container, { source: "job", now: new Date() })
}

export const config = {
  name: "distribution-evaluate-customer-tiers",
  schedule: "40 2 * * *",
}
