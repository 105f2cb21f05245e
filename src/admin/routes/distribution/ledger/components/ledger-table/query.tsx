import { useQueryParams } from "@medusajs/dashboard/hooks"

import { AdminLedgerEntryListParams } from "../../../../../hooks/api/commission-ledger"
import { dateFilterToRange, DateFilterValue } from "../../../../../lib/date-filter-range"
import { filterOneOf, filterText, parseFilterParam } from "../../../../../lib/parse-filter-param"
import {
  LedgerEntryKind,
  LedgerEntryStatus,
} from "../../../../../types/commission"

export const LEDGER_STATUSES: LedgerEntryStatus[] = ["pending", "available", "reserved", "paid"]
export const LEDGER_KINDS: LedgerEntryKind[] = ["accrual", "reversal", "adjustment", "payout"]

/** The entries request, read from the table's URL state (filters and page). */
export const useLedgerTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, dealer_id, status, kind, currency_code, order_id, created_at } =
    useQueryParams([
      "offset",
      "dealer_id",
      "status",
      "kind",
      "currency_code",
      "order_id",
      "created_at",
    ])

  const params: AdminLedgerEntryListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    dealer_id: filterText(parseFilterParam(dealer_id)),
    status: filterOneOf(LEDGER_STATUSES, parseFilterParam(status)),
    kind: filterOneOf(LEDGER_KINDS, parseFilterParam(kind)),
    currency_code: filterText(parseFilterParam(currency_code))?.toLowerCase(),
    order_id: filterText(parseFilterParam(order_id)),
    ...dateFilterToRange(parseFilterParam<DateFilterValue>(created_at)),
  }

  return params
}
