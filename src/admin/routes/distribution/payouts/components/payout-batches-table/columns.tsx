import { useDate } from "@medusajs/dashboard/hooks"
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { PayoutBatchStatusBadge } from "../../../../../components/payout-batch-status-badge"
import { PayoutProgressBar } from "../../../../../components/payout-progress-bar"
import { usePayoutProviderLabel } from "../../../../../components/payout-provider-label"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../lib/format-money"
import { AdminPayoutBatch } from "../../../../../types/payout"

const columnHelper = createDataTableColumnHelper<AdminPayoutBatch>()

export const usePayoutBatchesTableColumns = () => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const providerLabel = usePayoutProviderLabel()

  return useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: t("distribution.payouts.fields.created"),
        cell: ({ row }) => (
          <span
            className="whitespace-nowrap"
            data-testid={`payout-batch-row-${row.original.id}`}
            data-status={row.original.status}
          >
            {getFullDate({ date: row.original.created_at, includeTime: true })}
          </span>
        ),
      }),
      columnHelper.accessor("provider_id", {
        header: t("distribution.payouts.fields.provider"),
        cell: ({ getValue }) => <span className="whitespace-nowrap">{providerLabel(getValue())}</span>,
      }),
      columnHelper.accessor("currency_code", {
        header: t("distribution.payouts.fields.currency"),
        cell: ({ getValue }) => getValue().toUpperCase(),
      }),
      columnHelper.accessor("status", {
        header: t("distribution.payouts.fields.status"),
        cell: ({ getValue }) => <PayoutBatchStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "payouts",
        header: t("distribution.payouts.fields.payouts"),
        cell: ({ row }) => <span className="tabular-nums">{row.original.progress.total}</span>,
      }),
      columnHelper.accessor("total_amount", {
        header: t("distribution.payouts.fields.total"),
        cell: ({ row }) => (
          <span
            className="txt-compact-small-plus tabular-nums whitespace-nowrap"
            data-amount={row.original.total_amount}
          >
            {formatMoney(row.original.total_amount, row.original.currency_code, locale)}
          </span>
        ),
      }),
      columnHelper.display({
        id: "progress",
        header: t("distribution.payouts.fields.progress"),
        cell: ({ row }) => <PayoutProgressBar progress={row.original.progress} />,
      }),
      columnHelper.accessor("source", {
        header: t("distribution.payouts.fields.source"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <Text size="small">{t(`distribution.payouts.sources.${row.original.source}`)}</Text>
            {row.original.note && (
              <Text size="xsmall" className="text-ui-fg-subtle max-w-[200px] truncate" title={row.original.note}>
                {row.original.note}
              </Text>
            )}
          </div>
        ),
      }),
    ],
    [t, getFullDate, locale, providerLabel]
  )
}
