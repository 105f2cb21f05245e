import { keepPreviousData } from "@tanstack/react-query"

import { ListTable } from "../../../../../../components/list-table"
import { useStockTransfers } from "../../../../../../hooks/api/stock-transfers"
import { StockTransfer } from "../../../../../../types/stock-transfer"
import { useTransfersTableColumns } from "./columns"
import { useTransfersTableFilters } from "./filters"
import { useTransfersTableQuery } from "./query"

const PAGE_SIZE = 20

/** Every stock transfer, newest first, searchable by number or SKU; a row opens it. */
export const TransfersTable = () => {
  const query = useTransfersTableQuery({ pageSize: PAGE_SIZE })
  const { transfers, count, ...request } = useStockTransfers(query, {
    placeholderData: keepPreviousData,
  })
  const columns = useTransfersTableColumns()
  const filters = useTransfersTableFilters()

  return (
    <ListTable<StockTransfer>
      i18nPrefix="distribution.warehouse.transfers"
      testId="stock-transfers-table"
      createTestId="stock-transfer-create"
      rows={transfers}
      count={count}
      request={request}
      columns={columns}
      filters={filters}
      pageSize={PAGE_SIZE}
      enableSearch
      rowHref={(row) => `/distribution/warehouse/transfers/${row.id}`}
    />
  )
}
