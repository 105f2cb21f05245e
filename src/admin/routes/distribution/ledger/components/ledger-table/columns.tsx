import { useDate } from "@medusajs/dashboard/hooks"
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useLedgerEntryReason } from "../../../../../components/ledger-entry-reason"
import { LedgerKindBadge } from "../../../../../components/ledger-kind-badge"
import { LedgerStatusBadge } from "../../../../../components/ledger-status-badge"
import { OrderLink } from "../../../../../components/order-link"
import { SignedAmount } from "../../../../../components/signed-amount"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatRatePercent } from "../../../../../lib/commission-rate"
import { formatMoney } from "../../../../../lib/format-money"
import { LedgerEntry } from "../../../../../types/commission"

const columnHelper = createDataTableColumnHelper<LedgerEntry>()

export const useLedgerTableColumns = () => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const reasonOf = useLedgerEntryReason()
  const empty = t("distribution.common.empty")

  return useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: t("distribution.ledger.fields.date"),
        cell: ({ row }) => (
          <span className="whitespace-nowrap" data-testid={`ledger-row-${row.original.id}`}>
            {getFullDate({ date: row.original.created_at, includeTime: true })}
          </span>
        ),
      }),
      columnHelper.display({
        id: "dealer",
        header: t("distribution.ledger.fields.dealer"),
        cell: ({ row }) => {
          const { dealer, dealer_id } = row.original
          return (
            <Link
              to={`/distribution/dealers/${dealer_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small whitespace-nowrap"
              data-testid="ledger-row-dealer"
            >
              {dealer ? `${dealer.code} · ${dealer.display_name}` : dealer_id}
            </Link>
          )
        },
      }),
      columnHelper.accessor("kind", {
        header: t("distribution.ledger.fields.kind"),
        cell: ({ getValue }) => <LedgerKindBadge kind={getValue()} />,
      }),
      columnHelper.accessor("status", {
        header: t("distribution.ledger.fields.status"),
        cell: ({ getValue }) => <LedgerStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "order",
        header: t("distribution.ledger.fields.order"),
        cell: ({ row }) => (
          <OrderLink
            orderId={row.original.order_id}
            displayId={row.original.order_display_id}
            testId="ledger-row-order"
          />
        ),
      }),
      columnHelper.accessor("product_title", {
        header: t("distribution.ledger.fields.product"),
        cell: ({ getValue }) => (
          <Text size="small" className="max-w-[200px] truncate" title={getValue() ?? undefined}>
            {getValue() || empty}
          </Text>
        ),
      }),
      columnHelper.accessor("level", {
        header: t("distribution.ledger.fields.level"),
        cell: ({ getValue }) => getValue() ?? empty,
      }),
      columnHelper.accessor("base", {
        header: t("distribution.ledger.fields.base"),
        cell: ({ row }) =>
          row.original.base ? (
            <span className="tabular-nums whitespace-nowrap">
              {formatMoney(row.original.base, row.original.currency_code, locale)}
            </span>
          ) : (
            empty
          ),
      }),
      columnHelper.accessor("rate", {
        header: t("distribution.ledger.fields.rate"),
        cell: ({ getValue }) => {
          const rate = getValue()
          return rate ? formatRatePercent(rate, locale) : empty
        },
      }),
      columnHelper.accessor("amount", {
        header: t("distribution.ledger.fields.amount"),
        cell: ({ row }) => (
          <SignedAmount
            amount={row.original.amount}
            currencyCode={row.original.currency_code}
            weight="plus"
            testId="ledger-row-amount"
          />
        ),
      }),
      columnHelper.accessor("reason", {
        header: t("distribution.ledger.fields.reason"),
        cell: ({ row }) => {
          const reason = reasonOf(row.original)
          return (
            <Text size="small" className="max-w-[240px] truncate" title={reason ?? undefined}>
              {reason || empty}
            </Text>
          )
        },
      }),
    ],
    [t, getFullDate, locale, reasonOf, empty]
  )
}
