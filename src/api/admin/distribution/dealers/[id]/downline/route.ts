import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildDownlineTree } from "../../../../../../lib/network/build-downline-tree"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import type { AdminGetDealerDownlineParamsType } from "../../validators"

/** The dealer's downline as a tree, `depth` levels deep (default 3). */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetDealerDownlineParamsType>,
  res: MedusaResponse
) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const root = await service.retrieveDealer(req.params.id, { select: ["id", "depth"] })
  const dealers = await service.listDownline(root.id, Number(req.validatedQuery.depth ?? 3))
  const nodes = dealers.map((d) => ({
    id: d.id,
    code: d.code,
    display_name: d.display_name,
    status: d.status,
    depth: d.depth,
    parent_id: d.parent_id ?? null,
    tier: d.tier
      ? { id: d.tier.id, code: d.tier.code, name_en: d.tier.name_en, name_zh: d.tier.name_zh, rank: d.tier.rank }
      : null,
  }))
  res.json({ dealer_id: root.id, downline: buildDownlineTree(root, nodes) })
}
