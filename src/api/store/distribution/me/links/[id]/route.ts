import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateReferralLinkWorkflow } from "../../../../../../workflows"
import { presentReferralLinks } from "../../../../../shared/referral-links"
import { ownReferralLink } from "../../current-dealer"
import type { UpdateReferralLinkBodyType } from "../../../../../shared/referral-link-validators"

/** Renames, pauses, resumes or re-dates one of the dealer's own links. */
export const POST = async (
  req: AuthenticatedMedusaRequest<UpdateReferralLinkBodyType>,
  res: MedusaResponse
) => {
  await ownReferralLink(req, req.params.id, "change links")
  const { result } = await updateReferralLinkWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  const [link] = await presentReferralLinks(req.scope, [result])
  res.json({ link })
}
