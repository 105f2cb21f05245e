import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

/** The signed-in customer's dealer profile; 404 when the customer is no dealer. */
export async function currentDealer(req: AuthenticatedMedusaRequest) {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [dealer] = await service.listDealers(
    { customer_id: req.auth_context.actor_id },
    { relations: ["tier", "parent"] }
  )
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have no dealer profile. Apply to become a dealer first.")
  }
  return dealer
}

/** One of the signed-in dealer's own links; another dealer's link is a 404, as if it did not exist. */
export async function ownReferralLink(req: AuthenticatedMedusaRequest, linkId: string) {
  const dealer = await currentDealer(req)
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [link] = await service.listReferralLinks({ id: linkId, dealer_id: dealer.id })
  if (!link) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Referral link with id: ${linkId} was not found`)
  }
  return { dealer, link }
}
