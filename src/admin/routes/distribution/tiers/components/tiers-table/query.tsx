import { useQueryParams } from "@medusajs/dashboard/hooks"

import { AdminDealerTierListParams } from "../../../../../types/tier"

/** The tiers list request, read from the table's URL state. */
export const useTiersTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, q, order } = useQueryParams(["offset", "q", "order"])

  const params: AdminDealerTierListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    q: q || undefined,
    order: order || "rank",
  }

  return params
}
