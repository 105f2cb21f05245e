import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildDownlineTree } from "../../../../../../lib/network/build-downline-tree"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import { DOWNLINE_DEFAULT_LIMIT, type AdminGetDealerDownlineParamsType } from "../../validators"

/**
 * The dealer's downline as a tree, `depth` levels deep (default 3): one SQL
 * read on the materialized path, at most `limit` dealers (default 2,000),
 * nearest levels first. `count` is how many dealers the downline has to that
 * depth; `truncated` is true when the tree holds fewer than that.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetDealerDownlineParamsType>,
  res: MedusaResponse
) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const limit = Number(req.validatedQuery.limit ?? DOWNLINE_DEFAULT_LIMIT)
  const { root, dealers, total } = await service.listDownlinePage(req.params.id, {
    maxLevels: Number(req.validatedQuery.depth ?? 3),
    limit,
  })
  const nodes = dealers.map((d) => ({
    id: d.id,
    code: d.code,
    display_name: d.display_name,
    status: d.status,
    depth: d.depth,
    parent_id: d.parent_id,
    tier: d.tier,
  }))
  res.json({
    dealer_id: root.id,
    downline: buildDownlineTree(root, nodes),
    count: total,
    limit,
    truncated: dealers.length < total,
  })
}
