import { DataTable } from "@medusajs/dashboard/components"
import { Container } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useCommissionStatements } from "../../../../../hooks/api/commission-ledger"
import { useListEmptyState } from "../../../../../hooks/common/use-list-empty-state"
import { periodOf } from "../../../../../lib/statement-period"
import { StatementSummary } from "../../../../../types/commission"
import { statementHref } from "../../../../../lib/commission-hrefs"
import { PeriodPicker } from "../period-picker"
import { useStatementsTableColumns } from "./columns"
import { useStatementsTableFilters } from "./filters"
import { useStatementsTableQuery } from "./query"

const PAGE_SIZE = 20

/**
 * The statement behind a clicked row. The dashboard's DataTable types
 * `rowHref`'s argument as the row's data, but @medusajs/ui calls it with the
 * table row (data in `original`; only its `id`, from getRowId, looks alike),
 * so a statement's `dealer_id` read straight off it was undefined.
 */
const rowData = (row: StatementSummary | { original: StatementSummary }): StatementSummary =>
  "original" in row ? row.original : row

/** One row per dealer and currency for the chosen month; a row opens its statement. */
export const StatementsTable = () => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState("distribution.statements.list")
  const [, setSearchParams] = useSearchParams()
  const query = useStatementsTableQuery({ pageSize: PAGE_SIZE })
  const { statements, count, period, isPending, isError, error, refetch } =
    useCommissionStatements(query, { placeholderData: keepPreviousData })
  const columns = useStatementsTableColumns()
  const filters = useStatementsTableFilters({ dealerId: query.dealer_id })
  // Without a month in the URL the server picks its current one (in the
  // plugin's time zone) and says which.
  const shownPeriod = query.period ?? period ?? periodOf(new Date())

  const onPeriodChange = (next: string) => {
    setSearchParams((prev) => {
      prev.set("period", next)
      prev.delete("offset")
      return prev
    })
  }

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="p-0" data-testid="statements-table" data-period={shownPeriod}>
      <DataTable<StatementSummary>
        data={statements ?? []}
        columns={columns}
        filters={filters}
        getRowId={(row) => `${row.dealer_id}:${row.currency_code}`}
        rowCount={count ?? 0}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
        enableSearch={false}
        heading={t("distribution.statements.title")}
        subHeading={t("distribution.statements.subtitle")}
        rowHref={(row) => {
          const statement = rowData(row)
          return statementHref(statement.dealer_id, {
            period: statement.period ?? shownPeriod,
            currency_code: statement.currency_code,
          })
        }}
        filterBarContent={<PeriodPicker value={shownPeriod} onChange={onPeriodChange} />}
        emptyState={emptyState}
      />
    </Container>
  )
}
