import { DataTable } from "@medusajs/dashboard/components"
import { Container } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useCommissionEntries } from "../../../../../hooks/api/commission-ledger"
import { useListEmptyState } from "../../../../../hooks/common/use-list-empty-state"
import { LedgerEntry } from "../../../../../types/commission"
import { LedgerTotals } from "../ledger-totals"
import { useLedgerTableColumns } from "./columns"
import { useLedgerTableFilters } from "./filters"
import { useLedgerTableQuery } from "./query"

const PAGE_SIZE = 20

/** The commission ledger, newest first, with the filter's totals below it. */
export const LedgerTable = () => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState("distribution.ledger.list")
  const query = useLedgerTableQuery({ pageSize: PAGE_SIZE })
  const { entries, count, totals, isPending, isError, error, refetch } = useCommissionEntries(
    query,
    { placeholderData: keepPreviousData }
  )
  const columns = useLedgerTableColumns()
  const filters = useLedgerTableFilters({ dealerId: query.dealer_id })

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="p-0" data-testid="ledger-table">
      <DataTable<LedgerEntry>
        data={entries ?? []}
        columns={columns}
        filters={filters}
        getRowId={(row) => row.id}
        rowCount={count ?? 0}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
        enableSearch={false}
        heading={t("distribution.ledger.title")}
        subHeading={t("distribution.ledger.subtitle")}
        emptyState={emptyState}
      />
      <LedgerTotals totals={totals} isLoading={isPending} />
    </Container>
  )
}
