import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"
import { currentDealer } from "./current-dealer"

/** The signed-in customer's own dealer profile; 404 when the customer is no dealer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const dealer = await currentDealer(req)
  const counts = await service.countDownlines([dealer.id])
  res.json({
    dealer: {
      id: dealer.id,
      code: dealer.code,
      display_name: dealer.display_name,
      company_name: dealer.company_name,
      contact_name: dealer.contact_name,
      phone: dealer.phone,
      email: dealer.email,
      region: dealer.region,
      address: dealer.address,
      contract_number: dealer.contract_number,
      contract_start_at: dealer.contract_start_at,
      contract_end_at: dealer.contract_end_at,
      status: dealer.status,
      level: dealer.depth,
      tier: {
        code: dealer.tier.code,
        name_en: dealer.tier.name_en,
        name_zh: dealer.tier.name_zh,
        rank: dealer.tier.rank,
      },
      upline: dealer.parent ? { code: dealer.parent.code, display_name: dealer.parent.display_name } : null,
      downline_counts: counts[dealer.id],
      created_at: dealer.created_at,
    },
  })
}
