import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { UIMatch, useParams } from "react-router-dom"

import { QueryErrorState } from "../../../../components/query-error-state"
import { usePayoutBatch } from "../../../../hooks/api/payouts"
import { commissionBalancesQueryKeys, payoutsQueryKeys } from "../../../../hooks/api/query-keys"
import { isBatchActive, PAYOUT_POLL_MS } from "../../../../lib/payout-actions"
import { PayoutBatchBreadcrumb } from "./components/payout-batch-breadcrumb"
import { PayoutBatchHeader } from "./components/payout-batch-header"
import { PayoutBatchSkeleton } from "./components/payout-batch-skeleton"
import { PayoutsSection } from "./components/payouts-section"

/**
 * `/distribution/payouts/:id`: one batch, its progress (refreshed every 2 s
 * while it is being paid) and its payouts with what can be done to each.
 */
const PayoutBatchDetailPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const { batch, isPending, isError, error, refetch } = usePayoutBatch(id!, {
    refetchInterval: (query) => {
      const status = query.state.data?.batch.status
      return status && isBatchActive(status) ? PAYOUT_POLL_MS : false
    },
  })

  // The batch moved on (approved, finished, canceled): the payouts polled
  // before (the list, an open payout) may be a step behind, and balances changed.
  const status = batch?.status
  const seenStatus = useRef(status)
  useEffect(() => {
    if (status && seenStatus.current && status !== seenStatus.current) {
      queryClient.invalidateQueries({ queryKey: payoutsQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: commissionBalancesQueryKeys.all })
    }
    seenStatus.current = status
  }, [status, queryClient])

  if (isPending) {
    return <PayoutBatchSkeleton />
  }

  if (isError || !batch) {
    const notFound = (error as { status?: number } | null)?.status === 404
    return (
      <QueryErrorState
        error={error}
        onRetry={notFound ? undefined : refetch}
        message={notFound ? t("distribution.payouts.detail.notFound") : undefined}
      />
    )
  }

  return (
    <div
      className="flex flex-col gap-y-3"
      data-testid="payout-batch-detail"
      data-batch-id={batch.id}
      data-status={batch.status}
    >
      <PayoutBatchHeader batch={batch} />
      <PayoutsSection batch={batch} />
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <PayoutBatchBreadcrumb id={match.params.id!} />,
}

export default PayoutBatchDetailPage
