import { useQuery } from "@tanstack/react-query"
import { useCallback } from "react"

import { sdk } from "../../../../lib/sdk"
import { CommissionRuleScope } from "../../../../types/commission"

type Scoped = { scope_type: CommissionRuleScope; scope_id: string | null }

const idsOf = (rules: Scoped[], type: CommissionRuleScope) =>
  Array.from(
    new Set(rules.filter((rule) => rule.scope_type === type && rule.scope_id).map((rule) => rule.scope_id!))
  ).sort()

/**
 * The title of each rule's product, collection or category, fetched in one
 * request per kind; `undefined` while loading or when the entity is gone.
 */
export const useScopeTitles = (rules: Scoped[]) => {
  const productIds = idsOf(rules, "product")
  const collectionIds = idsOf(rules, "collection")
  const categoryIds = idsOf(rules, "category")

  const products = useQuery({
    queryKey: ["distribution_commission_scopes", "products", productIds],
    queryFn: () => sdk.admin.product.list({ id: productIds, limit: productIds.length, fields: "id,title" }),
    enabled: productIds.length > 0,
  })
  const collections = useQuery({
    queryKey: ["distribution_commission_scopes", "collections", collectionIds],
    queryFn: () =>
      sdk.admin.productCollection.list({ id: collectionIds, limit: collectionIds.length, fields: "id,title" }),
    enabled: collectionIds.length > 0,
  })
  const categories = useQuery({
    queryKey: ["distribution_commission_scopes", "categories", categoryIds],
    queryFn: () =>
      sdk.admin.productCategory.list({ id: categoryIds, limit: categoryIds.length, fields: "id,name" }),
    enabled: categoryIds.length > 0,
  })

  return useCallback(
    (rule: Scoped): string | undefined => {
      if (!rule.scope_id) {
        return undefined
      }
      switch (rule.scope_type) {
        case "product":
          return products.data?.products.find((product) => product.id === rule.scope_id)?.title
        case "collection":
          return collections.data?.collections.find((collection) => collection.id === rule.scope_id)?.title
        case "category":
          return categories.data?.product_categories.find((category) => category.id === rule.scope_id)?.name
        default:
          return undefined
      }
    },
    [products.data, collections.data, categories.data]
  )
}
