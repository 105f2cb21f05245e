import { useDate } from "@medusajs/dashboard/hooks"
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { DealerStatusBadge } from "../../../../../components/dealer-status-badge"
import { useTierName } from "../../../../../hooks/common/use-tier-name"
import { AdminDealer } from "../../../../../types/dealer"

const columnHelper = createDataTableColumnHelper<AdminDealer>()

export const useDealersTableColumns = () => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const { getFullDate } = useDate()
  const empty = t("distribution.common.empty")

  return useMemo(
    () => [
      columnHelper.accessor("code", {
        header: t("distribution.fields.code"),
        enableSorting: true,
        cell: ({ row }) => (
          <Text
            size="small"
            weight="plus"
            data-testid={`dealer-row-${row.original.code}`}
          >
            {row.original.code}
          </Text>
        ),
      }),
      columnHelper.accessor("display_name", {
        header: t("distribution.fields.displayName"),
        enableSorting: true,
      }),
      columnHelper.accessor("company_name", {
        header: t("distribution.fields.companyName"),
        cell: ({ getValue }) => getValue() || empty,
      }),
      columnHelper.accessor("tier", {
        header: t("distribution.fields.tier"),
        cell: ({ getValue }) => tierName(getValue()) || empty,
      }),
      columnHelper.accessor("parent", {
        header: t("distribution.fields.upline"),
        cell: ({ getValue }) => {
          const parent = getValue()
          return parent
            ? `${parent.code} · ${parent.display_name}`
            : t("distribution.common.producer")
        },
      }),
      columnHelper.accessor("status", {
        header: t("distribution.fields.status"),
        cell: ({ getValue }) => <DealerStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("depth", {
        header: t("distribution.fields.depth"),
        enableSorting: true,
      }),
      columnHelper.accessor("created_at", {
        header: t("distribution.fields.createdAt"),
        enableSorting: true,
        cell: ({ getValue }) => getFullDate({ date: getValue() }),
      }),
    ],
    [t, tierName, getFullDate, empty]
  )
}
