import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../types/module-names"
import { updateDealerWorkflow } from "../../../../../workflows"
import { refetchDealer } from "../helpers"
import type { AdminUpdateDealerType } from "../validators"

/** The dealer with its upline chain (nearest first) and downline head counts. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await refetchDealer(req.scope, req.params.id, req.queryConfig.fields)
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [upline, counts] = await Promise.all([
    service.listUpline(dealer.id),
    service.countDownlines([dealer.id]),
  ])
  res.json({
    dealer: {
      ...dealer,
      upline: upline.map((d) => ({
        id: d.id,
        code: d.code,
        display_name: d.display_name,
        status: d.status,
        depth: d.depth,
        tier: d.tier
          ? { id: d.tier.id, code: d.tier.code, name_en: d.tier.name_en, name_zh: d.tier.name_zh, rank: d.tier.rank }
          : null,
      })),
      downline_counts: counts[dealer.id],
    },
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerType>,
  res: MedusaResponse
) => {
  const { reason, ...update } = req.validatedBody
  await updateDealerWorkflow(req.scope).run({
    input: { id: req.params.id, update, reason, actor_id: req.auth_context.actor_id },
  })
  res.json({ dealer: await refetchDealer(req.scope, req.params.id, req.queryConfig.fields) })
}
