import { useQueryParams } from "@medusajs/dashboard/hooks"

import { dateFilterToRange, DateFilterValue } from "../../../../../../lib/date-filter-range"
import { filterOneOf, filterText, parseFilterParam } from "../../../../../../lib/parse-filter-param"
import {
  STOCK_TRANSFER_KINDS,
  STOCK_TRANSFER_STATUSES,
  StockTransferListParams,
} from "../../../../../../types/stock-transfer"

/** The transfers request, read from the table's URL state (search, filters and page). */
export const useTransfersTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, q, status, kind, from_location_id, to_location_id, created_at } = useQueryParams([
    "offset",
    "q",
    "status",
    "kind",
    "from_location_id",
    "to_location_id",
    "created_at",
  ])
  const { from, to } = dateFilterToRange(parseFilterParam<DateFilterValue>(created_at))

  const params: StockTransferListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    q: filterText(q),
    status: filterOneOf(STOCK_TRANSFER_STATUSES, parseFilterParam(status)),
    kind: filterOneOf(STOCK_TRANSFER_KINDS, parseFilterParam(kind)),
    from_location_id: filterText(parseFilterParam(from_location_id)),
    to_location_id: filterText(parseFilterParam(to_location_id)),
    created_from: from,
    created_to: to,
  }

  return params
}
