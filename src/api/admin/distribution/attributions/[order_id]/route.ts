import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../types/module-names"

/** The frozen attribution of an order: dealer, link, source, reason and chain. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [attribution] = await service.listOrderAttributions({ order_id: req.params.order_id })
  if (!attribution) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.order_id} has no attribution (yet): it is written when the order is placed.`
    )
  }
  const [link] = attribution.link_id
    ? await service.listReferralLinks({ id: attribution.link_id }, { select: ["id", "code", "kind", "name"], withDeleted: true })
    : []
  res.json({ attribution: { ...attribution, link: link ?? null } })
}
