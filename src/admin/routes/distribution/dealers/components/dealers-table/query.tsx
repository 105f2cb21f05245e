import { useQueryParams } from "@medusajs/dashboard/hooks"

import { parseFilterParam } from "../../../../../lib/parse-filter-param"
import { AdminDealerListParams, DealerStatus } from "../../../../../types/dealer"

/** The dealers list request, read from the table's URL state. */
export const useDealersTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, q, order, status, tier_id } = useQueryParams([
    "offset",
    "q",
    "order",
    "status",
    "tier_id",
  ])

  const params: AdminDealerListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    q: q || undefined,
    order: order || "-created_at",
    status: parseFilterParam<DealerStatus[]>(status),
    tier_id: parseFilterParam<string>(tier_id),
  }

  return params
}
