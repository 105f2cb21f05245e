import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { TablePagination } from "../../../../../components/table-pagination"

type AnalysisTableProps<Row> = {
  /** The section's test id; its empty state is `${testId}-empty`. */
  testId: string
  /** The page's request state, as its query hook returns it. */
  request: { isPending: boolean; isError: boolean; error?: Error | null; refetch: () => void }
  /** This page's rows (none yet while loading). */
  rows: Row[] | undefined
  /** A search or filter is set: "nothing matches" rather than "nothing yet". */
  filtered: boolean
  /** Rows on every page together. */
  count: number
  pageSize: number
  offset: number
  onOffsetChange: (offset: number) => void
  /** The table of this page's rows. */
  children: (rows: Row[]) => ReactNode
}

/**
 * The body of an analysis table: its failed load, loading, empty (or nothing
 * matching) state, or the rows with previous / next under them.
 */
export const AnalysisTable = <Row,>({
  testId,
  request: { isPending, isError, error, refetch },
  rows,
  filtered,
  count,
  pageSize,
  offset,
  onOffsetChange,
  children,
}: AnalysisTableProps<Row>) => {
  const { t } = useTranslation()
  const k = (key: string) => t(`distribution.inventoryAnalysis.${key}`)

  if (isError) {
    return (
      <div className="p-4">
        <QueryErrorState error={error} onRetry={refetch} />
      </div>
    )
  }
  if (isPending) {
    return (
      <div className="px-6 py-8">
        <Text size="small" className="text-ui-fg-muted">
          {t("distribution.common.loading")}
        </Text>
      </div>
    )
  }
  if (!rows?.length) {
    return (
      <div className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid={`${testId}-empty`}>
        <Text size="small" weight="plus">
          {filtered ? k("stock.filteredHeading") : k("stock.emptyHeading")}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {filtered ? k("stock.filteredDescription") : k("stock.emptyDescription")}
        </Text>
      </div>
    )
  }
  return (
    <>
      <div className="overflow-x-auto">{children(rows)}</div>
      <TablePagination count={count} pageSize={pageSize} offset={offset} onOffsetChange={onOffsetChange} />
    </>
  )
}

/** An inventory item's SKU over its title. */
export const AnalysisItemCell = ({ sku, title }: { sku: string | null; title: string | null }) => (
  <div className="flex flex-col">
    <span className="whitespace-nowrap">{sku ?? "–"}</span>
    <Text size="xsmall" className="text-ui-fg-muted max-w-[220px] truncate">
      {title ?? ""}
    </Text>
  </div>
)
