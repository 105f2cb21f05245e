import { DataTable } from "@medusajs/dashboard/components"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { QueryErrorState } from "../../../../../../components/query-error-state"
import { useStockTransfers } from "../../../../../../hooks/api/stock-transfers"
import { StockTransfer } from "../../../../../../types/stock-transfer"
import { useTransfersTableColumns } from "./columns"
import { useTransfersTableFilters } from "./filters"
import { useTransfersTableQuery } from "./query"

const PAGE_SIZE = 20

/** Every stock transfer, newest first, searchable by number or SKU; a row opens it. */
export const TransfersTable = () => {
  const { t } = useTranslation()
  const query = useTransfersTableQuery({ pageSize: PAGE_SIZE })
  const { transfers, count, isPending, isError, error, refetch } = useStockTransfers(query, {
    placeholderData: keepPreviousData,
  })
  const columns = useTransfersTableColumns()
  const filters = useTransfersTableFilters()

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="divide-y p-0" data-testid="stock-transfers-table">
      {/* Our own heading row: the DataTable's action button takes no test id. */}
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading>{t("distribution.warehouse.transfers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.warehouse.transfers.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="create" data-testid="stock-transfer-create">
            <Plus />
            {t("distribution.warehouse.transfers.create.action")}
          </Link>
        </Button>
      </div>
      <DataTable<StockTransfer>
        data={transfers ?? []}
        columns={columns}
        filters={filters}
        getRowId={(row) => row.id}
        rowCount={count ?? 0}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
        enableSearch
        rowHref={(row) => `/distribution/warehouse/transfers/${row.id}`}
        emptyState={{
          empty: {
            heading: t("distribution.warehouse.transfers.list.emptyHeading"),
            description: t("distribution.warehouse.transfers.list.emptyDescription"),
          },
          filtered: {
            heading: t("distribution.warehouse.transfers.list.filteredHeading"),
            description: t("distribution.warehouse.transfers.list.filteredDescription"),
          },
        }}
      />
    </Container>
  )
}
