import type { MedusaContainer } from "@medusajs/framework/types"
import type DistributionModuleService from "../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../types/module-names"

/**
 * Every hour, the referral rate-limit counters whose window has ended are
 * deleted (a returning key starts a new row). Safe to overlap or repeat.
 */
export default async function purgeRateLimitWindows(container: MedusaContainer) {
  await container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).purgeRateLimitWindows(new Date())
}

export const config = {
  name: "distribution-purge-rate-limit-windows",
  schedule: "41 * * * *",
}
