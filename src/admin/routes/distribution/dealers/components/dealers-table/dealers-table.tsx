import { DataTable } from "@medusajs/dashboard/components"
import { Container } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useDealers } from "../../../../../hooks/api/dealers"
import { useListEmptyState } from "../../../../../hooks/common/use-list-empty-state"
import { AdminDealer } from "../../../../../types/dealer"
import { useDealersTableColumns } from "./columns"
import { useDealersTableFilters } from "./filters"
import { useDealersTableQuery } from "./query"

const PAGE_SIZE = 20

export const DealersTable = () => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState("distribution.dealers.list")
  const query = useDealersTableQuery({ pageSize: PAGE_SIZE })
  const { dealers, count, isPending, isError, error, refetch } = useDealers(
    query,
    { placeholderData: keepPreviousData }
  )
  const columns = useDealersTableColumns()
  const filters = useDealersTableFilters()

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="p-0" data-testid="distribution-dealers-table">
      <DataTable<AdminDealer>
        data={dealers ?? []}
        columns={columns}
        filters={filters}
        getRowId={(row) => row.id}
        rowCount={count ?? 0}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
        heading={t("distribution.dealers.title")}
        subHeading={t("distribution.dealers.subtitle")}
        rowHref={(row) => `/distribution/dealers/${row.id}`}
        action={{ label: t("distribution.dealers.createAction"), to: "create" }}
        emptyState={emptyState}
      />
    </Container>
  )
}
