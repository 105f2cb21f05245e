import { useQueryParams } from "@medusajs/dashboard/hooks"

import { parseFilterParam } from "../../../../../lib/parse-filter-param"
import {
  AdminPayoutBatchListParams,
  PAYOUT_BATCH_SOURCES,
  PAYOUT_BATCH_STATUSES,
} from "../../../../../types/payout"

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined

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
    status: oneOf(PAYOUT_BATCH_STATUSES, parseFilterParam(status)),
    currency_code: text(parseFilterParam(currency_code))?.toLowerCase(),
    provider_id: text(parseFilterParam(provider_id)),
    source: oneOf(PAYOUT_BATCH_SOURCES, parseFilterParam(source)),
  }

  return params
}
