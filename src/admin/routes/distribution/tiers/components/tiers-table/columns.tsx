import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useTierName } from "../../../../../hooks/common/use-tier-name"
import { AdminDealerTier } from "../../../../../types/tier"
import { TierRowActions } from "../tier-row-actions"

const columnHelper = createDataTableColumnHelper<AdminDealerTier>()

export const useTiersTableColumns = ({ onEdit }: { onEdit: (tier: AdminDealerTier) => void }) => {
  const { t, i18n } = useTranslation()
  const tierName = useTierName()
  // Under the name in the admin's language, the name in the other one.
  const otherName = (tier: AdminDealerTier) =>
    (i18n.language ?? "").toLowerCase().startsWith("zh") ? tier.name_en : tier.name_zh
  const empty = t("distribution.common.empty")

  return useMemo(
    () => [
      columnHelper.accessor("code", {
        header: t("distribution.fields.code"),
        enableSorting: true,
        cell: ({ row }) => (
          <Text size="small" weight="plus" data-testid={`tier-row-${row.original.code}`}>
            {row.original.code}
          </Text>
        ),
      }),
      columnHelper.display({
        id: "name",
        header: t("distribution.fields.name"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <Text size="small">{tierName(row.original)}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {otherName(row.original)}
            </Text>
          </div>
        ),
      }),
      columnHelper.accessor("rank", {
        header: t("distribution.fields.rank"),
        enableSorting: true,
      }),
      columnHelper.accessor("customer_group_id", {
        header: t("distribution.fields.customerGroup"),
        cell: ({ getValue }) => {
          const groupId = getValue()
          return groupId ? (
            <Link
              to={`/customer-groups/${groupId}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"
              onClick={(event) => event.stopPropagation()}
            >
              {t("distribution.tiers.viewGroup")}
            </Link>
          ) : (
            empty
          )
        },
      }),
      columnHelper.accessor("dealer_count", {
        header: t("distribution.fields.dealerCount"),
        cell: ({ getValue }) => String(getValue() ?? 0),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => <TierRowActions tier={row.original} onEdit={onEdit} />,
      }),
    ],
    [t, i18n.language, tierName, empty, onEdit]
  )
}
