import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PerformanceModuleService from "../../../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../../../types/module-names"
import type { AdminTierProposalsQueryType } from "../validators"
import { tierProposalViews } from "../views"

/** Tier proposals (the queue: `?status=proposed`), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, dealer_id, period_key, limit, offset } = req.validatedQuery as AdminTierProposalsQueryType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (dealer_id) filters.dealer_id = dealer_id
  if (period_key) filters.period_key = period_key
  const [proposals, count] = await req.scope
    .resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    .listAndCountDealerTierProposals(filters, { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } })
  res.json({ tier_proposals: await tierProposalViews(req.scope, proposals), count, limit, offset })
}
