import { DataTable } from "@medusajs/dashboard/components"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { usePayoutBatches } from "../../../../../hooks/api/payouts"
import { isBatchActive, PAYOUT_POLL_MS } from "../../../../../lib/payout-actions"
import { AdminPayoutBatch } from "../../../../../types/payout"
import { usePayoutBatchesTableColumns } from "./columns"
import { usePayoutBatchesTableFilters } from "./filters"
import { usePayoutBatchesTableQuery } from "./query"

const PAGE_SIZE = 20

/**
 * Every payout batch, newest first; a row opens its batch. While a batch on
 * the page is being paid the list refreshes itself, so its progress moves.
 */
export const PayoutBatchesTable = () => {
  const { t } = useTranslation()
  const query = usePayoutBatchesTableQuery({ pageSize: PAGE_SIZE })
  const { batches, count, isPending, isError, error, refetch } = usePayoutBatches(query, {
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      current.state.data?.batches.some((batch) => isBatchActive(batch.status)) ? PAYOUT_POLL_MS : false,
  })
  const columns = usePayoutBatchesTableColumns()
  const filters = usePayoutBatchesTableFilters()

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="divide-y p-0" data-testid="payout-batches-table">
      {/* Our own heading row: the DataTable's action button takes no test id. */}
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading>{t("distribution.payouts.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.payouts.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="create" data-testid="payout-batch-create">
            <Plus />
            {t("distribution.payouts.create.action")}
          </Link>
        </Button>
      </div>
      <DataTable<AdminPayoutBatch>
        data={batches ?? []}
        columns={columns}
        filters={filters}
        getRowId={(row) => row.id}
        rowCount={count ?? 0}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
        enableSearch={false}
        // `id` is the same on the data and on the table row the UI passes.
        rowHref={(row) => `/distribution/payouts/${row.id}`}
        emptyState={{
          empty: {
            heading: t("distribution.payouts.list.emptyHeading"),
            description: t("distribution.payouts.list.emptyDescription"),
          },
          filtered: {
            heading: t("distribution.payouts.list.filteredHeading"),
            description: t("distribution.payouts.list.filteredDescription"),
          },
        }}
      />
    </Container>
  )
}
