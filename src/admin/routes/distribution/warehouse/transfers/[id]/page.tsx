import { useTranslation } from "react-i18next"
import { UIMatch, useParams } from "react-router-dom"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { SectionSkeleton } from "../../../../../components/section-skeleton"
import { useStockTransfer } from "../../../../../hooks/api/stock-transfers"
import { TransferBreadcrumb } from "./components/transfer-breadcrumb"
import { TransferHeader } from "./components/transfer-header"
import { TransferLinesSection } from "./components/transfer-lines-section"
import { TransferSlip } from "./components/transfer-slip"
import { TransferTimeline } from "./components/transfer-timeline"

/**
 * `/distribution/warehouse/transfers/:id`: one transfer, its lines and who
 * did what when, with ship / receive / cancel and a printable slip.
 */
const StockTransferDetailPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { transfer, isPending, isError, error, refetch } = useStockTransfer(id!)

  if (isPending) {
    return (
      <div className="flex flex-col gap-y-3" data-testid="stock-transfer-loading">
        <SectionSkeleton rows={2} />
        <SectionSkeleton rows={4} />
      </div>
    )
  }

  if (isError || !transfer) {
    const notFound = (error as { status?: number } | null)?.status === 404
    return (
      <QueryErrorState
        error={error}
        onRetry={notFound ? undefined : refetch}
        message={notFound ? t("distribution.warehouse.transfers.detail.notFound") : undefined}
      />
    )
  }

  return (
    <div
      className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-3"
      data-testid="stock-transfer-detail"
      data-transfer-id={transfer.id}
      data-status={transfer.status}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-y-3">
        <TransferHeader transfer={transfer} />
        <TransferLinesSection transfer={transfer} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <TransferTimeline transfer={transfer} />
      </div>
      <TransferSlip transfer={transfer} />
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <TransferBreadcrumb id={match.params.id!} />,
}

export default StockTransferDetailPage
