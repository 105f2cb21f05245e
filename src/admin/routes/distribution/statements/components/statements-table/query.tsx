import { useQueryParams } from "@medusajs/dashboard/hooks"

import { AdminStatementListParams } from "../../../../../hooks/api/commission-ledger"
import { filterText, parseFilterParam } from "../../../../../lib/parse-filter-param"
import { isPeriod } from "../../../../../lib/statement-period"

/**
 * The statements request, read from the URL: the month (`period=YYYY-MM`,
 * left to the server's current month when absent), filters and page.
 */
export const useStatementsTableQuery = ({ pageSize }: { pageSize: number }) => {
  const { offset, period, dealer_id, currency_code } = useQueryParams([
    "offset",
    "period",
    "dealer_id",
    "currency_code",
  ])

  const params: AdminStatementListParams = {
    limit: pageSize,
    offset: offset ? Number(offset) || 0 : 0,
    period: isPeriod(period) ? period : undefined,
    dealer_id: filterText(parseFilterParam(dealer_id)),
    currency_code: filterText(parseFilterParam(currency_code))?.toLowerCase(),
  }

  return params
}
