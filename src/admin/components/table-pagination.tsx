import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type TablePaginationProps = {
  /** Rows on every page together. */
  count: number
  pageSize: number
  /** The first row shown, from 0. */
  offset: number
  /** Where the previous or next page starts (never below 0). */
  onOffsetChange: (offset: number) => void
}

/**
 * Previous / next under a plain `Table` that fetches a page at a time (a
 * `DataTable` pages itself), in the dashboard's own words. The caller keeps
 * the offset: in the URL or in state.
 */
export const TablePagination = ({ count, pageSize, offset, onOffsetChange }: TablePaginationProps) => {
  const { t } = useTranslation()

  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={Math.floor(offset / pageSize)}
      pageCount={Math.max(1, Math.ceil(count / pageSize))}
      canPreviousPage={offset > 0}
      canNextPage={offset + pageSize < count}
      previousPage={() => onOffsetChange(Math.max(0, offset - pageSize))}
      nextPage={() => onOffsetChange(offset + pageSize)}
      translations={{
        of: t("general.of", "of"),
        results: t("general.results", "results"),
        pages: t("general.pages", "pages"),
        prev: t("general.prev", "Prev"),
        next: t("general.next", "Next"),
      }}
    />
  )
}
