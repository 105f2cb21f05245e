import { useQueryParams } from "@medusajs/dashboard/hooks"

import { parseFilterParam } from "../../../../../../lib/parse-filter-param"
import { STOCK_COUNT_STATUSES, StockCountListParams } from "../../../../../../types/stock-count"

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined

/** The counts request, read from the table's URL state. */
export const useCountsTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, status, location_id } = useQueryParams(["offset", "status", "location_id"])

  const params: StockCountListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    status: oneOf(STOCK_COUNT_STATUSES, parseFilterParam(status)),
    location_id: text(parseFilterParam(location_id)),
  }

  return params
}
