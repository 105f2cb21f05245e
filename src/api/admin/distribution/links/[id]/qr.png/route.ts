import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import { sendReferralQr } from "../../../../../shared/referral-links"

/** A referral link's QR code as PNG, for printing. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  await sendReferralQr(req.scope, res, await service.retrieveReferralLink(req.params.id), "png")
}
