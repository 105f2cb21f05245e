export type ReferralUrlOptions = { storefront_url: string; referral_param: string }

export type ReferralUrlTarget = {
  code: string
  target_type: "home" | "product" | "collection"
  target_handle?: string | null
}

const TARGET_PATHS = { product: "products", collection: "collections" } as const

/**
 * The storefront URL a referral link and its QR code point to:
 * `<storefront_url>/[products|collections/<handle>]?<referral_param>=<code>`.
 */
export function referralUrl(options: ReferralUrlOptions, link: ReferralUrlTarget): string {
  const url = new URL(options.storefront_url)
  const base = url.pathname.replace(/\/+$/, "")
  url.pathname =
    link.target_type === "home" || !link.target_handle
      ? `${base}/`
      : `${base}/${TARGET_PATHS[link.target_type]}/${encodeURIComponent(link.target_handle)}`
  url.searchParams.set(options.referral_param, link.code)
  return url.toString()
}
