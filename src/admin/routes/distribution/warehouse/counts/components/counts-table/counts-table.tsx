import { keepPreviousData } from "@tanstack/react-query"

import { ListTable } from "../../../../../../components/list-table"
import { useStockCounts } from "../../../../../../hooks/api/stock-counts"
import { StockCount } from "../../../../../../types/stock-count"
import { useCountsTableColumns } from "./columns"
import { useCountsTableFilters } from "./filters"
import { useCountsTableQuery } from "./query"

const PAGE_SIZE = 20

/** Every stock count, newest first; a row opens it for counting or review. */
export const CountsTable = () => {
  const query = useCountsTableQuery({ pageSize: PAGE_SIZE })
  const { counts, count, ...request } = useStockCounts(query, {
    placeholderData: keepPreviousData,
  })
  const columns = useCountsTableColumns()
  const filters = useCountsTableFilters()

  return (
    <ListTable<StockCount>
      i18nPrefix="distribution.warehouse.counts"
      testId="stock-counts-table"
      createTestId="stock-count-create"
      rows={counts}
      count={count}
      request={request}
      columns={columns}
      filters={filters}
      pageSize={PAGE_SIZE}
      rowHref={(row) => `/distribution/warehouse/counts/${row.id}`}
    />
  )
}
