import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../types/module-names"
import { updateReferralLinkWorkflow } from "../../../../../workflows"
import { presentReferralLinks } from "../../../../shared/referral-links"
import type { UpdateReferralLinkBodyType } from "../../../../shared/referral-link-validators"

/** Renames, pauses, resumes or re-dates a referral link. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateReferralLinkBodyType>, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  await service.retrieveReferralLink(req.params.id, { select: ["id"] })
  const { result } = await updateReferralLinkWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  const [link] = await presentReferralLinks(req.scope, [result])
  res.json({ link })
}
