import { keepPreviousData } from "@tanstack/react-query"

import { ListTable } from "../../../../../components/list-table"
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
  const query = usePayoutBatchesTableQuery({ pageSize: PAGE_SIZE })
  const { batches, count, ...request } = usePayoutBatches(query, {
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      current.state.data?.batches.some((batch) => isBatchActive(batch.status)) ? PAYOUT_POLL_MS : false,
  })
  const columns = usePayoutBatchesTableColumns()
  const filters = usePayoutBatchesTableFilters()

  return (
    <ListTable<AdminPayoutBatch>
      i18nPrefix="distribution.payouts"
      testId="payout-batches-table"
      createTestId="payout-batch-create"
      rows={batches}
      count={count}
      request={request}
      columns={columns}
      filters={filters}
      pageSize={PAGE_SIZE}
      // `id` is the same on the data and on the table row the UI passes.
      rowHref={(row) => `/distribution/payouts/${row.id}`}
    />
  )
}
