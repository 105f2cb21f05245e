import { useQueryParams } from "@medusajs/dashboard/hooks"

import { parseFilterParam } from "../../../../../lib/parse-filter-param"
import {
  AdminDealerApplicationListParams,
  DealerApplicationStatus,
} from "../../../../../types/application"

/** The status filter's value meaning "every status". */
export const ALL_STATUSES = "all"

/** The applications list request, read from the table's URL state. */
export const useApplicationsTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, q, order, status } = useQueryParams(["offset", "q", "order", "status"])
  const statusFilter = parseFilterParam<DealerApplicationStatus | typeof ALL_STATUSES>(status)

  const params: AdminDealerApplicationListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    q: q || undefined,
    order: order || "-created_at",
    status: statusFilter === ALL_STATUSES ? undefined : statusFilter ?? "pending",
  }

  return params
}
