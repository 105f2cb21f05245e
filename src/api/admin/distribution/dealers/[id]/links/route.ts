import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import { createReferralLinkWorkflow } from "../../../../../../workflows"
import { presentReferralLinks } from "../../../../../shared/referral-links"
import type { CreateReferralLinkBodyType } from "../../../../../shared/referral-link-validators"

/** A dealer's referral links with visits, carts, orders and conversion rate. */
export const GET = async (req: AuthenticatedMedusaRequest<{ status?: "active" | "paused" }>, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  await service.retrieveDealer(req.params.id, { select: ["id"] })
  const { status } = req.validatedQuery as { status?: "active" | "paused" }
  const links = await service.listReferralLinks(
    { dealer_id: req.params.id, ...(status ? { status } : {}) },
    { order: { kind: "DESC", created_at: "DESC" } }
  )
  res.json({ links: await presentReferralLinks(req.scope, links) })
}

/** Creates a campaign link for the dealer. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateReferralLinkBodyType>, res: MedusaResponse) => {
  const { result } = await createReferralLinkWorkflow(req.scope).run({
    input: { ...req.validatedBody, dealer_id: req.params.id },
  })
  const [link] = await presentReferralLinks(req.scope, [result])
  res.status(201).json({ link })
}
