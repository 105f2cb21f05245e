import { useQueryParams } from "@medusajs/dashboard/hooks"

import { filterOneOf, filterText, parseFilterParam } from "../../../../../lib/parse-filter-param"
import {
  AdminPayoutBatchListParams,
  PAYOUT_BATCH_SOURCES,
  PAYOUT_BATCH_STATUSES,
} from "../../../../../types/payout"

/** The batches request, read from the table's URL state (filters and page). */
export const usePayoutBatchesTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, status, currency_code, provider_id, source } = useQueryParams([
    "offset",
    "status",
    "currency_code",
    "provider_id",
    "source",
  ])

  const params: AdminPayoutBatchListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    status: filterOneOf(PAYOUT_BATCH_STATUSES, parseFilterParam(status)),
    currency_code: filterText(parseFilterParam(currency_code))?.toLowerCase(),
    provider_id: filterText(parseFilterParam(provider_id)),
    source: filterOneOf(PAYOUT_BATCH_SOURCES, parseFilterParam(source)),
  }

  return params
}
