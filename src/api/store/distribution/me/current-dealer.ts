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

/**
 * The signed-in dealer for a change (a link, a withdrawal): only an active
 * dealer may make one. A suspended, terminated or pending dealer still reads
 * everything of its own (balance, statements, history) but changes nothing:
 * 400 naming its status.
 */
export async function activeDealer(req: AuthenticatedMedusaRequest, action: string) {
  const dealer = await currentDealer(req)
  assertActive(dealer, action)
  return dealer
}

function assertActive(dealer: { status: string }, action: string) {
  if (dealer.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Your dealer account is ${dealer.status}: you can still see your balance, statements and history, but not ${action}. Contact the merchant.`
    )
  }
}

/** One of the signed-in dealer's own links; another dealer's link is a 404, as if it did not exist. */
export async function ownReferralLink(req: AuthenticatedMedusaRequest, linkId: string, change?: string) {
  const dealer = await currentDealer(req)
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const [link] = await service.listReferralLinks({ id: linkId, dealer_id: dealer.id })
  if (!link) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Referral link with id: ${linkId} was not found`)
  }
  if (change) {
    assertActive(dealer, change)
  }
  return { dealer, link }
}
