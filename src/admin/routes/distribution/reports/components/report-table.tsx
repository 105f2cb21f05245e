import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { TablePagination } from "../../../../components/table-pagination"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { ReportRow } from "../../../../types/reports"
import { FigureColumn, rowHref } from "./report-definitions"
import { formatCount } from "./report-format"

type ReportTableProps<F> = {
  group: string
  columns: FigureColumn<F>[]
  /** This page's rows. */
  rows: ReportRow<F>[]
  totals: F
  currency: string
  rowLabel: (row: ReportRow<F>) => string
  count: number
  pageSize: number
  offset: number
  onOffsetChange: (offset: number) => void
}

/** The report's rows with the totals of every row (not just this page) under them. */
export const ReportTable = <F,>({
  group,
  columns,
  rows,
  totals,
  currency,
  rowLabel,
  count,
  pageSize,
  offset,
  onOffsetChange,
}: ReportTableProps<F>) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const k = (key: string) => t(`distribution.reports.${key}`)

  const cell = (column: FigureColumn<F>, figures: F) => {
    const value = figures[column.field] as unknown
    return column.kind === "amount" ? (
      <Table.Cell
        key={column.field}
        className="text-right tabular-nums whitespace-nowrap"
        data-field={column.field}
        data-amount={String(value)}
      >
        {formatMoney(String(value), currency, locale)}
      </Table.Cell>
    ) : (
      <Table.Cell key={column.field} className="text-right tabular-nums" data-field={column.field} data-value={String(value)}>
        {formatCount(Number(value), locale)}
      </Table.Cell>
    )
  }

  return (
    <>
      <div className="overflow-x-auto">
        <Table data-testid="reports-table" data-count={count}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{k(`groups.${group}`)}</Table.HeaderCell>
              {columns.map((column) => (
                <Table.HeaderCell key={column.field} className="text-right">
                  {k(`fields.${column.field}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => {
              const href = rowHref(group, row.key)
              return (
                <Table.Row key={row.key ?? "none"} data-testid="reports-row" data-key={row.key ?? ""}>
                  <Table.Cell className="max-w-[320px] truncate">
                    {href ? (
                      <Link to={href} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                        {rowLabel(row)}
                      </Link>
                    ) : (
                      rowLabel(row)
                    )}
                  </Table.Cell>
                  {columns.map((column) => cell(column, row))}
                </Table.Row>
              )
            })}
            <Table.Row className="bg-ui-bg-subtle font-medium" data-testid="reports-totals-row">
              <Table.Cell>{k("total")}</Table.Cell>
              {columns.map((column) => cell(column, totals))}
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
      {count > pageSize && (
        <TablePagination count={count} pageSize={pageSize} offset={offset} onOffsetChange={onOffsetChange} />
      )}
    </>
  )
}
