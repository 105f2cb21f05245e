import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

/** The tiers an applicant can ask for, top tier first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const tiers = await service.listDealerTiers(
    {},
    { select: ["id", "code", "name_en", "name_zh", "rank", "description"], order: { rank: "ASC" } }
  )
  res.json({ tiers })
}
