import { useTranslation } from "react-i18next"
import { UIMatch, useParams } from "react-router-dom"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { SectionSkeleton } from "../../../../../components/section-skeleton"
import { useStockCount } from "../../../../../hooks/api/stock-counts"
import { CountBreadcrumb } from "./components/count-breadcrumb"
import { CountHeader } from "./components/count-header"
import { CountLinesSection } from "./components/count-lines-section"

/**
 * `/distribution/warehouse/counts/:id`: one count — its totals, its lines to
 * count (typed in or uploaded as CSV), then apply or cancel; export anytime.
 */
const StockCountDetailPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { count, isPending, isError, error, refetch } = useStockCount(id!)

  if (isPending) {
    return (
      <div className="flex flex-col gap-y-3" data-testid="stock-count-loading">
        <SectionSkeleton rows={2} />
        <SectionSkeleton rows={6} />
      </div>
    )
  }

  if (isError || !count) {
    const notFound = (error as { status?: number } | null)?.status === 404
    return (
      <QueryErrorState
        error={error}
        onRetry={notFound ? undefined : refetch}
        message={notFound ? t("distribution.warehouse.counts.detail.notFound") : undefined}
      />
    )
  }

  return (
    <div
      className="flex flex-col gap-y-3"
      data-testid="stock-count-detail"
      data-count-id={count.id}
      data-status={count.status}
    >
      <CountHeader count={count} />
      <CountLinesSection count={count} />
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CountBreadcrumb id={match.params.id!} />,
}

export default StockCountDetailPage
