import { DataTable, DataTableProps } from "@medusajs/dashboard/components"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useListEmptyState } from "../hooks/common/use-list-empty-state"
import { QueryErrorState } from "./query-error-state"

type RequestState = { isPending: boolean; isError: boolean; error?: Error | null; refetch: () => void }

type ListTableProps<Row extends { id: string }> = Pick<
  DataTableProps<Row>,
  "columns" | "filters" | "pageSize" | "rowHref"
> & {
  /**
   * Where its words are: `${i18nPrefix}.title`, `.subtitle`, `.create.action`
   * and the empty states under `.list` (`useListEmptyState`).
   */
  i18nPrefix: string
  testId: string
  /** The "create" link's; it opens the list's `create` route. */
  createTestId: string
  /** This page's rows, and how many there are on every page together. */
  rows: Row[] | undefined
  count: number | undefined
  /** The list request's state, as its query hook returns it. */
  request: RequestState
  enableSearch?: boolean
}

/**
 * A list page's table of records a page at a time (paged, filtered and
 * searched in the URL), under a heading with a "create" link — ours rather
 * than the DataTable's `action`, which takes no test id. A failed load shows
 * the error with a retry instead.
 */
export const ListTable = <Row extends { id: string }>({
  i18nPrefix,
  testId,
  createTestId,
  rows,
  count,
  request: { isPending, isError, error, refetch },
  enableSearch = false,
  ...table
}: ListTableProps<Row>) => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState(`${i18nPrefix}.list`)

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading>{t(`${i18nPrefix}.title`)}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`${i18nPrefix}.subtitle`)}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="create" data-testid={createTestId}>
            <Plus />
            {t(`${i18nPrefix}.create.action`)}
          </Link>
        </Button>
      </div>
      <DataTable<Row>
        {...table}
        data={rows ?? []}
        getRowId={(row) => row.id}
        rowCount={count ?? 0}
        isLoading={isPending}
        enableSearch={enableSearch}
        emptyState={emptyState}
      />
    </Container>
  )
}
