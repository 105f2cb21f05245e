import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendReferralQr } from "../../../../../../shared/referral-links"
import { ownReferralLink } from "../../../current-dealer"

/** The QR code of one of the dealer's own links, as SVG. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { link } = await ownReferralLink(req, req.params.id)
  await sendReferralQr(req.scope, res, link, "svg")
}
