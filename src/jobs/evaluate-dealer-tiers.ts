import type { MedusaContainer } from "@medusajs/framework/types"
import { periodOf, previousPeriod } from "../lib/commission/period"
import type PerformanceModuleService from "../modules/performance/service"
import { PERFORMANCE_MODULE } from "../types/module-names"
import { runTierEvaluation } from "../workflows/performance/utils/run-tier-evaluation"

/**
 * Monthly dealer tier evaluation: last month (in the merchant's time zone) is
 * measured against every active tier rule and proposals are written (applied
 * at once with `auto_apply_tier_proposals`). It runs every six hours on the
 * 1st and 2nd so a zone far from the server's, or a missed run, is still
 * covered; a dealer gets one proposal per month however often it runs.
 */
export default async function evaluateDealerTiers(container: MedusaContainer) {
  const timezone = container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).getOptions().timezone
  await runTierEvaluation(container, previousPeriod(periodOf(new Date(), timezone)))
}

export const config = {
  name: "distribution-evaluate-dealer-tiers",
  schedule: "30 */6 1,2 * *",
}
