import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import QRCode from "qrcode"
import { conversionRate } from "../../lib/attribution/conversion-rate"
import { referralUrl } from "../../lib/attribution/referral-url"
import type DistributionModuleService from "../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../types/module-names"

type LinkRow = {
  id: string
  code: string
  kind: "default" | "campaign"
  name: string | null
  target_type: "home" | "product" | "collection"
  target_id: string | null
  target_handle: string | null
  expires_at: Date | string | null
  status: "active" | "paused"
  created_at: Date | string
}

/** Links as the dealer portal and the admin show them: URL, counts and conversion. */
export async function presentReferralLinks(scope: MedusaContainer, links: LinkRow[]) {
  const service = scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const options = service.getOptions()
  const stats = await service.referralLinkStats(links.map((l) => l.id))
  const now = Date.now()
  return links.map((link) => {
    const s = stats[link.id] ?? { visits: 0, carts: 0, orders: 0 }
    return {
      id: link.id,
      code: link.code,
      kind: link.kind,
      name: link.name,
      target_type: link.target_type,
      target_id: link.target_id,
      expires_at: link.expires_at,
      status: link.status,
      expired: Boolean(link.expires_at && new Date(link.expires_at).getTime() <= now),
      url: referralUrl(options, link),
      visits: s.visits,
      carts: s.carts,
      orders: s.orders,
      conversion_rate: conversionRate(s.orders, s.visits),
      created_at: link.created_at,
    }
  })
}

/** Sends a link's QR code as SVG or PNG, named after its code. */
export async function sendReferralQr(
  scope: MedusaContainer,
  res: MedusaResponse,
  link: LinkRow,
  format: "svg" | "png"
) {
  const options = scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions()
  const url = referralUrl(options, link)
  res.setHeader("Content-Disposition", `inline; filename="referral-${link.code}.${format}"`)
  res.setHeader("Cache-Control", "private, max-age=300")
  if (format === "svg") {
    res.type("image/svg+xml").send(await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" }))
    return
  }
  res.type("image/png").send(await QRCode.toBuffer(url, { type: "png", margin: 2, width: 512, errorCorrectionLevel: "M" }))
}
