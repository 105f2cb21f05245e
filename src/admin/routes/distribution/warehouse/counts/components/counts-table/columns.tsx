import { useDate } from "@medusajs/dashboard/hooks"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../../../hooks/common/use-intl-locale"
import { StockCount } from "../../../../../../types/stock-count"
import { countNumber } from "../../../components/display-number"
import { StockCountStatusBadge } from "../../../components/stock-count-status-badge"
import { VarianceQuantity, VarianceValue } from "../variance"

const columnHelper = createDataTableColumnHelper<StockCount>()

export const useCountsTableColumns = () => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const empty = t("distribution.common.empty")

  return useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: t("distribution.warehouse.counts.fields.number"),
        cell: ({ row }) => (
          <span
            className="txt-compact-small-plus whitespace-nowrap"
            data-testid={`stock-count-row-${row.original.id}`}
            data-status={row.original.status}
          >
            {countNumber(row.original.display_id)}
          </span>
        ),
      }),
      columnHelper.accessor("status", {
        header: t("distribution.warehouse.counts.fields.status"),
        cell: ({ getValue }) => <StockCountStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "location",
        header: t("distribution.warehouse.counts.fields.location"),
        cell: ({ row }) => <span className="whitespace-nowrap">{row.original.location?.name ?? empty}</span>,
      }),
      columnHelper.display({
        id: "progress",
        header: t("distribution.warehouse.counts.fields.counted"),
        cell: ({ row }) => (
          <span className="tabular-nums">
            {t("distribution.warehouse.counts.list.progress", {
              counted: row.original.totals.counted,
              lines: row.original.totals.lines,
            })}
          </span>
        ),
      }),
      columnHelper.display({
        id: "variance_quantity",
        header: t("distribution.warehouse.counts.fields.varianceQuantity"),
        cell: ({ row }) => <VarianceQuantity value={row.original.totals.variance_quantity} />,
      }),
      columnHelper.display({
        id: "variance_value",
        header: t("distribution.warehouse.counts.fields.varianceValue"),
        cell: ({ row }) => (
          <VarianceValue
            value={row.original.totals.variance_value}
            currencyCode={row.original.totals.currency_code}
            locale={locale}
          />
        ),
      }),
      columnHelper.accessor("created_at", {
        header: t("distribution.warehouse.counts.fields.created"),
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap">{getFullDate({ date: getValue(), includeTime: true })}</span>
        ),
      }),
    ],
    [t, getFullDate, locale, empty]
  )
}
