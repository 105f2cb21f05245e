export type ReferralLinkKind = "default" | "campaign"
export type ReferralLinkTarget = "home" | "product" | "collection"
export type ReferralLinkStatus = "active" | "paused"
/** What the admin shows: an active link past its expiry reads "expired". */
export type ReferralLinkDisplayStatus = ReferralLinkStatus | "expired"

export const REFERRAL_LINK_TARGETS: ReferralLinkTarget[] = ["home", "product", "collection"]

export type AdminReferralLink = {
  id: string
  code: string
  kind: ReferralLinkKind
  name: string | null
  target_type: ReferralLinkTarget
  target_id: string | null
  expires_at: string | null
  status: ReferralLinkStatus
  expired: boolean
  url: string
  visits: number
  carts: number
  orders: number
  /** Orders per visit as a decimal string, e.g. "0.1250". */
  conversion_rate: string
  created_at: string
}

/** The link summary embedded in attributions and bindings. */
export type AdminReferralLinkSummary = Pick<AdminReferralLink, "id" | "code" | "kind" | "name">

export type AdminReferralLinkListParams = { status?: ReferralLinkStatus }

export type AdminReferralLinkListResponse = { links: AdminReferralLink[] }

export type AdminReferralLinkResponse = { link: AdminReferralLink }

export type AdminCreateReferralLink = {
  name: string
  target_type: ReferralLinkTarget
  target_id?: string
  expires_at?: string
}

export type AdminUpdateReferralLink = {
  name?: string
  status?: ReferralLinkStatus
  expires_at?: string | null
}

export type ReferralQrFormat = "png" | "svg"
