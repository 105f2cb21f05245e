import { useQueryParams } from "@medusajs/dashboard/hooks"

import { filterOneOf, filterText, parseFilterParam } from "../../../../../../lib/parse-filter-param"
import { STOCK_COUNT_STATUSES, StockCountListParams } from "../../../../../../types/stock-count"

/** The counts request, read from the table's URL state. */
export const useCountsTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, status, location_id } = useQueryParams(["offset", "status", "location_id"])

  const params: StockCountListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    status: filterOneOf(STOCK_COUNT_STATUSES, parseFilterParam(status)),
    location_id: filterText(parseFilterParam(location_id)),
  }

  return params
}
