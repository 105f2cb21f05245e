import type { MedusaContainer } from "@medusajs/framework/types"
import type PerformanceModuleService from "../../../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../../../types/module-names"
import { tierProposalViews } from "../views"

export async function proposalView(container: MedusaContainer, id: string) {
  const proposals = await container.resolve<PerformanceModuleService>(PERFORMANCE_MODULE).listDealerTierProposals({ id })
  const [view] = await tierProposalViews(container, proposals)
  return view
}
