import { useQueryParams } from "@medusajs/dashboard/hooks"

import { AdminLedgerEntryListParams } from "../../../../../hooks/api/commission-ledger"
import { dateFilterToRange, DateFilterValue } from "../../../../../lib/date-filter-range"
import { parseFilterParam } from "../../../../../lib/parse-filter-param"
import {
  LedgerEntryKind,
  LedgerEntryStatus,
} from "../../../../../types/commission"

export const LEDGER_STATUSES: LedgerEntryStatus[] = ["pending", "available", "reserved", "paid"]
export const LEDGER_KINDS: LedgerEntryKind[] = ["accrual", "reversal", "adjustment", "payout"]

const oneOf = <T extends string>(values: T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined

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
    dealer_id: text(parseFilterParam(dealer_id)),
    status: oneOf(LEDGER_STATUSES, parseFilterParam(status)),
    kind: oneOf(LEDGER_KINDS, parseFilterParam(kind)),
    currency_code: text(parseFilterParam(currency_code))?.toLowerCase(),
    order_id: text(parseFilterParam(order_id)),
    ...dateFilterToRange(parseFilterParam<DateFilterValue>(created_at)),
  }

  return params
}
