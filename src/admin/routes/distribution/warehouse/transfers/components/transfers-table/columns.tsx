import { useDate } from "@medusajs/dashboard/hooks"
import { ArrowRightMini } from "@medusajs/icons"
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { StockTransfer } from "../../../../../../types/stock-transfer"
import { transferNumber } from "../../../components/display-number"
import { StockTransferStatusBadge } from "../../../components/stock-transfer-status-badge"

const columnHelper = createDataTableColumnHelper<StockTransfer>()

export const useTransfersTableColumns = () => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const empty = t("distribution.common.empty")

  return useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: t("distribution.warehouse.transfers.fields.number"),
        cell: ({ row }) => (
          <span
            className="txt-compact-small-plus whitespace-nowrap"
            data-testid={`stock-transfer-row-${row.original.id}`}
            data-status={row.original.status}
          >
            {transferNumber(row.original.display_id)}
          </span>
        ),
      }),
      columnHelper.accessor("status", {
        header: t("distribution.warehouse.transfers.fields.status"),
        cell: ({ getValue }) => <StockTransferStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "route",
        header: t("distribution.warehouse.transfers.fields.route"),
        cell: ({ row }) => (
          <span className="flex items-center gap-x-1 whitespace-nowrap">
            <span className="max-w-[180px] truncate">{row.original.from_location?.name ?? empty}</span>
            <ArrowRightMini className="text-ui-fg-muted shrink-0" />
            <span className="max-w-[180px] truncate">{row.original.to_location?.name ?? empty}</span>
          </span>
        ),
      }),
      columnHelper.accessor("kind", {
        header: t("distribution.warehouse.transfers.fields.kind"),
        cell: ({ getValue }) =>
          t(`distribution.warehouse.transfers.kinds.${getValue()}`, { defaultValue: getValue() }),
      }),
      columnHelper.accessor("line_count", {
        header: t("distribution.warehouse.transfers.fields.lines"),
        cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span>,
      }),
      columnHelper.accessor("total_quantity", {
        header: t("distribution.warehouse.transfers.fields.quantity"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span className="tabular-nums">{row.original.total_quantity}</span>
            {row.original.status === "received" && !!row.original.discrepancy_quantity && (
              <Text size="xsmall" className="text-ui-fg-error tabular-nums">
                {t("distribution.warehouse.transfers.list.discrepancy", {
                  quantity: row.original.discrepancy_quantity,
                })}
              </Text>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("created_at", {
        header: t("distribution.warehouse.transfers.fields.created"),
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap">{getFullDate({ date: getValue(), includeTime: true })}</span>
        ),
      }),
      columnHelper.accessor("note", {
        header: t("distribution.warehouse.transfers.fields.note"),
        cell: ({ getValue }) => (
          <Text size="small" className="max-w-[200px] truncate" title={getValue() ?? undefined}>
            {getValue() || empty}
          </Text>
        ),
      }),
    ],
    [t, getFullDate, empty]
  )
}
