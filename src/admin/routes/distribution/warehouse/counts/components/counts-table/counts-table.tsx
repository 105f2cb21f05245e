import { DataTable } from "@medusajs/dashboard/components"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { QueryErrorState } from "../../../../../../components/query-error-state"
import { useStockCounts } from "../../../../../../hooks/api/stock-counts"
import { StockCount } from "../../../../../../types/stock-count"
import { useCountsTableColumns } from "./columns"
import { useCountsTableFilters } from "./filters"
import { useCountsTableQuery } from "./query"

const PAGE_SIZE = 20

/** Every stock count, newest first; a row opens it for counting or review. */
export const CountsTable = () => {
  const { t } = useTranslation()
  const query = useCountsTableQuery({ pageSize: PAGE_SIZE })
  const { counts, count, isPending, isError, error, refetch } = useStockCounts(query, {
    placeholderData: keepPreviousData,
  })
  const columns = useCountsTableColumns()
  const filters = useCountsTableFilters()

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="divide-y p-0" data-testid="stock-counts-table">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading>{t("distribution.warehouse.counts.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.warehouse.counts.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="create" data-testid="stock-count-create">
            <Plus />
            {t("distribution.warehouse.counts.create.action")}
          </Link>
        </Button>
      </div>
      <DataTable<StockCount>
        data={counts ?? []}
        columns={columns}
        filters={filters}
        getRowId={(row) => row.id}
        rowCount={count ?? 0}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
        enableSearch={false}
        rowHref={(row) => `/distribution/warehouse/counts/${row.id}`}
        emptyState={{
          empty: {
            heading: t("distribution.warehouse.counts.list.emptyHeading"),
            description: t("distribution.warehouse.counts.list.emptyDescription"),
          },
          filtered: {
            heading: t("distribution.warehouse.counts.list.filteredHeading"),
            description: t("distribution.warehouse.counts.list.filteredDescription"),
          },
        }}
      />
    </Container>
  )
}
