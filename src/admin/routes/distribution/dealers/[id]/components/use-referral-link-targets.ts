import { useQuery } from "@tanstack/react-query"
import { useCallback } from "react"
import { useTranslation } from "react-i18next"

import { sdk } from "../../../../../lib/sdk"
import { AdminReferralLink } from "../../../../../types/referral-link"

const idsOf = (links: AdminReferralLink[], type: "product" | "collection") =>
  Array.from(
    new Set(links.filter((link) => link.target_type === type && link.target_id).map((link) => link.target_id!))
  ).sort()

/**
 * Describes where each link lands ("Home", "Product: Longjing 250 g"), the
 * product and collection titles fetched in one request per kind.
 */
export const useReferralLinkTargets = (links: AdminReferralLink[]) => {
  const { t } = useTranslation()
  const productIds = idsOf(links, "product")
  const collectionIds = idsOf(links, "collection")

  const products = useQuery({
    queryKey: ["distribution_link_targets", "products", productIds],
    queryFn: () => sdk.admin.product.list({ id: productIds, limit: productIds.length, fields: "id,title" }),
    enabled: productIds.length > 0,
  })
  const collections = useQuery({
    queryKey: ["distribution_link_targets", "collections", collectionIds],
    queryFn: () =>
      sdk.admin.productCollection.list({ id: collectionIds, limit: collectionIds.length, fields: "id,title" }),
    enabled: collectionIds.length > 0,
  })

  return useCallback(
    (link: AdminReferralLink) => {
      const kind = t(`distribution.links.targets.${link.target_type}`)
      if (link.target_type === "home" || !link.target_id) {
        return kind
      }
      const title =
        link.target_type === "product"
          ? products.data?.products.find((product) => product.id === link.target_id)?.title
          : collections.data?.collections.find((collection) => collection.id === link.target_id)?.title
      return t("distribution.links.targetWithName", { kind, name: title ?? link.target_id })
    },
    [t, products.data, collections.data]
  )
}
