import { UIMatch, useParams, useSearchParams } from "react-router-dom"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../components/query-error-state"
import { useCommissionStatement } from "../../../../hooks/api/commission-ledger"
import { isPeriod } from "../../../../lib/statement-period"
import { StatementBreadcrumb } from "./components/statement-breadcrumb"
import { StatementDetailSkeleton } from "./components/statement-detail-skeleton"
import { StatementEntries } from "./components/statement-entries"
import { StatementHeader } from "./components/statement-header"
import { StatementSubtotals } from "./components/statement-subtotals"

/**
 * `/distribution/statements/:dealer_id?period=YYYY-MM&currency_code=cny`:
 * one dealer's month, entry by entry, with its files for download.
 */
const StatementDetailPage = () => {
  const { dealer_id } = useParams()
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const period = searchParams.get("period")
  const currency = searchParams.get("currency_code")
  const query = {
    period: isPeriod(period) ? period : undefined,
    currency_code: currency?.trim().toLowerCase() || undefined,
  }
  const { statement, isPending, isError, error, refetch } = useCommissionStatement(
    dealer_id!,
    query
  )

  const onPeriodChange = (next: string) => {
    setSearchParams((prev) => {
      prev.set("period", next)
      return prev
    })
  }

  if (isPending) {
    return <StatementDetailSkeleton />
  }

  if (isError || !statement) {
    const notFound = (error as { status?: number } | null)?.status === 404
    return (
      <QueryErrorState
        error={error}
        onRetry={notFound ? undefined : refetch}
        message={notFound ? t("distribution.statements.detail.notFound") : undefined}
      />
    )
  }

  return (
    <div
      className="flex flex-col gap-y-3"
      data-testid="statement-detail"
      data-period={statement.period ?? ""}
      data-currency={statement.currency_code}
    >
      <StatementHeader
        statement={statement}
        period={statement.period ?? query.period}
        onPeriodChange={onPeriodChange}
      />
      <StatementEntries statement={statement} />
      <StatementSubtotals statement={statement} />
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <StatementBreadcrumb dealerId={match.params.dealer_id!} />,
}

export default StatementDetailPage
