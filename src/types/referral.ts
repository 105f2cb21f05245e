export const REFERRAL_LINK_KINDS = ["default", "campaign"] as const
export type ReferralLinkKind = (typeof REFERRAL_LINK_KINDS)[number]

export const REFERRAL_LINK_TARGETS = ["home", "product", "collection"] as const
export type ReferralLinkTarget = (typeof REFERRAL_LINK_TARGETS)[number]

export const REFERRAL_LINK_STATUSES = ["active", "paused"] as const
export type ReferralLinkStatus = (typeof REFERRAL_LINK_STATUSES)[number]

export const REFERRAL_TOUCH_SOURCES = ["link", "code"] as const

export const ATTRIBUTION_SOURCES = ["link", "code", "binding", "none"] as const

export const BINDING_SOURCES = ["order", "visit", "admin"] as const
export type BindingSource = (typeof BINDING_SOURCES)[number]
