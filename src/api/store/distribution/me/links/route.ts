import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../types/module-names"
import { createReferralLinkWorkflow } from "../../../../../workflows"
import { presentReferralLinks } from "../../../../shared/referral-links"
import { activeDealer, currentDealer } from "../current-dealer"
import type { CreateReferralLinkBodyType } from "../../../../shared/referral-link-validators"

/** The signed-in dealer's links — default first, then newest — with visits, carts, orders and conversion. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const links = await service.listReferralLinks({ dealer_id: dealer.id }, { order: { kind: "DESC", created_at: "DESC" } })
  res.json({ links: await presentReferralLinks(req.scope, links) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<CreateReferralLinkBodyType>,
  res: MedusaResponse
) => {
  const dealer = await activeDealer(req, "create links")
  const { result } = await createReferralLinkWorkflow(req.scope).run({
    input: { ...req.validatedBody, dealer_id: dealer.id },
  })
  const [link] = await presentReferralLinks(req.scope, [result])
  res.status(201).json({ link })
}
