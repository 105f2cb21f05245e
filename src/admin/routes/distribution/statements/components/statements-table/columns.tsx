import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { SignedAmount } from "../../../../../components/signed-amount"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../lib/format-money"
import { LedgerEntryKind, StatementSummary } from "../../../../../types/commission"
import { StatementClosedBadge } from "../statement-closed-badge"

const columnHelper = createDataTableColumnHelper<StatementSummary>()

const KIND_COLUMNS: { kind: LedgerEntryKind; header: string }[] = [
  { kind: "accrual", header: "distribution.statements.fields.accruals" },
  { kind: "reversal", header: "distribution.statements.fields.reversals" },
  { kind: "adjustment", header: "distribution.statements.fields.adjustments" },
  { kind: "payout", header: "distribution.statements.fields.payouts" },
]

export const useStatementsTableColumns = () => {
  const { t } = useTranslation()
  const locale = useIntlLocale()

  return useMemo(
    () => [
      columnHelper.display({
        id: "dealer",
        header: t("distribution.statements.fields.dealer"),
        cell: ({ row }) => {
          const { dealer, dealer_id, currency_code } = row.original
          return (
            <Text
              size="small"
              weight="plus"
              className="whitespace-nowrap"
              data-testid={`statement-row-${dealer?.code ?? dealer_id}-${currency_code.toLowerCase()}`}
            >
              {dealer ? `${dealer.code} · ${dealer.display_name}` : dealer_id}
            </Text>
          )
        },
      }),
      columnHelper.accessor("currency_code", {
        header: t("distribution.statements.fields.currency"),
        cell: ({ getValue }) => getValue().toUpperCase(),
      }),
      columnHelper.accessor("opening_balance", {
        header: t("distribution.statements.fields.opening"),
        cell: ({ row }) => (
          <span className="tabular-nums whitespace-nowrap">
            {formatMoney(row.original.opening_balance, row.original.currency_code, locale)}
          </span>
        ),
      }),
      ...KIND_COLUMNS.map(({ kind, header }) =>
        columnHelper.display({
          id: kind,
          header: t(header),
          cell: ({ row }) => (
            <SignedAmount
              amount={row.original.totals_by_kind[kind] ?? "0"}
              currencyCode={row.original.currency_code}
            />
          ),
        })
      ),
      columnHelper.accessor("closing_balance", {
        header: t("distribution.statements.fields.closing"),
        cell: ({ row }) => (
          <span
            className="txt-compact-small-plus tabular-nums whitespace-nowrap"
            data-testid="statement-row-closing"
            data-amount={row.original.closing_balance}
          >
            {formatMoney(row.original.closing_balance, row.original.currency_code, locale)}
          </span>
        ),
      }),
      columnHelper.accessor("entry_count", {
        header: t("distribution.statements.fields.entries"),
      }),
      columnHelper.accessor("closed", {
        header: t("distribution.statements.fields.closed"),
        cell: ({ getValue }) => <StatementClosedBadge closed={getValue()} />,
      }),
    ],
    [t, locale]
  )
}
