import { useDate } from "@medusajs/dashboard/hooks"
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { ApplicationStatusBadge } from "../../../../../components/application-status-badge"
import { useTierName } from "../../../../../hooks/common/use-tier-name"
import { formatCustomer } from "../../../../../lib/format-customer"
import { AdminDealerApplication } from "../../../../../types/application"
import { ApplicationRowActions } from "../application-row-actions"

const columnHelper = createDataTableColumnHelper<AdminDealerApplication>()

type ColumnCallbacks = {
  onApprove: (application: AdminDealerApplication) => void
  onReject: (application: AdminDealerApplication) => void
}

export const useApplicationsTableColumns = ({ onApprove, onReject }: ColumnCallbacks) => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const { getFullDate } = useDate()
  const empty = t("distribution.common.empty")

  return useMemo(
    () => [
      columnHelper.display({
        id: "applicant",
        header: t("distribution.fields.applicant"),
        cell: ({ row }) => (
          <div className="flex flex-col" data-testid={`application-row-${row.original.id}`}>
            <Text size="small" weight="plus">
              {row.original.company_name || row.original.contact_name}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatCustomer(row.original.customer) || row.original.customer_id}
            </Text>
          </div>
        ),
      }),
      columnHelper.accessor("contact_name", {
        header: t("distribution.fields.contact"),
        cell: ({ getValue }) => getValue() || empty,
      }),
      columnHelper.accessor("phone", {
        header: t("distribution.fields.phone"),
        cell: ({ getValue }) => getValue() || empty,
      }),
      columnHelper.accessor("requested_tier", {
        header: t("distribution.fields.requestedTier"),
        cell: ({ getValue }) => tierName(getValue()) || empty,
      }),
      columnHelper.accessor("desired_parent_code", {
        header: t("distribution.fields.desiredUplineCode"),
        cell: ({ getValue }) => getValue() || empty,
      }),
      columnHelper.accessor("created_at", {
        header: t("distribution.fields.submittedAt"),
        enableSorting: true,
        cell: ({ getValue }) => getFullDate({ date: getValue(), includeTime: true }),
      }),
      columnHelper.accessor("status", {
        header: t("distribution.fields.status"),
        cell: ({ getValue }) => <ApplicationStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "actions",
        header: t("distribution.fields.actions"),
        cell: ({ row }) => (
          <ApplicationRowActions
            application={row.original}
            onApprove={onApprove}
            onReject={onReject}
          />
        ),
      }),
    ],
    [t, tierName, getFullDate, empty, onApprove, onReject]
  )
}
