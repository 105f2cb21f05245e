import { useDate } from "@medusajs/dashboard/hooks"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { Figure } from "../../../../../components/figure"
import { SpreadsheetExportButtons } from "../../../../../components/spreadsheet-export-buttons"
import {
  StatementExportFormat,
  useExportCommissionStatement,
} from "../../../../../hooks/api/commission-ledger"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { ledgerHref } from "../../../../../lib/commission-hrefs"
import { formatMoney } from "../../../../../lib/format-money"
import { formatPeriod } from "../../../../../lib/statement-period"
import { Statement } from "../../../../../types/commission"
import { PeriodPicker } from "../../components/period-picker"
import { StatementClosedBadge } from "../../components/statement-closed-badge"

type StatementHeaderProps = {
  statement: Statement
  /** The month shown, "YYYY-MM" (absent for a statement over a date range). */
  period?: string
  onPeriodChange: (period: string) => void
}

/** Who and which month, the balances at both ends, and the file downloads. */
export const StatementHeader = ({ statement, period, onPeriodChange }: StatementHeaderProps) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const exporter = useExportCommissionStatement()
  const { dealer, dealer_id, currency_code } = statement
  const code = dealer?.code ?? dealer_id

  const onExport = (format: StatementExportFormat) => {
    exporter.mutate(
      {
        dealerId: dealer_id,
        query: period ? { period, currency_code } : { currency_code },
        format,
        fallbackName: `statement-${code}-${period ?? statement.from.slice(0, 10)}`,
      },
      {
        onError: (error) => {
          toast.error(error.message || t("distribution.statements.detail.exportFailed"))
        },
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading data-testid="statement-detail-title">
              {period
                ? t("distribution.statements.detail.title", {
                    period: formatPeriod(period, locale),
                  })
                : t("distribution.statements.detail.titleRange")}
            </Heading>
            <StatementClosedBadge closed={statement.closed} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            <Link
              to={`/distribution/dealers/${dealer_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              data-testid="statement-detail-dealer"
            >
              {dealer ? `${dealer.code} · ${dealer.display_name}` : dealer_id}
            </Link>
            {` · ${currency_code.toUpperCase()} · `}
            {t("distribution.statements.detail.range", {
              from: getFullDate({ date: statement.from }),
              to: getFullDate({ date: statement.to }),
            })}
          </Text>
          {statement.snapshot_at && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("distribution.statements.detail.snapshotAt", {
                date: getFullDate({ date: statement.snapshot_at, includeTime: true }),
              })}
            </Text>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {period && <PeriodPicker value={period} onChange={onPeriodChange} />}
          <Button size="small" variant="secondary" asChild>
            <Link to={ledgerHref({ dealer_id })} data-testid="statement-ledger-link">
              {t("distribution.statements.detail.viewLedger")}
            </Link>
          </Button>
          <SpreadsheetExportButtons
            exporter={exporter}
            onExport={onExport}
            labelKey="distribution.statements.detail"
            testId="statement-export"
          />
        </div>
      </div>
      <dl className="grid grid-cols-1 gap-4 px-6 py-4 sm:grid-cols-3">
        <Figure
          label={t("distribution.statements.fields.opening")}
          testId="statement-opening-balance"
          amount={statement.opening_balance}
          size="large"
        >
          {formatMoney(statement.opening_balance, currency_code, locale)}
        </Figure>
        <Figure
          label={t("distribution.statements.fields.closing")}
          testId="statement-closing-balance"
          amount={statement.closing_balance}
          size="large"
        >
          {formatMoney(statement.closing_balance, currency_code, locale)}
        </Figure>
        <Figure label={t("distribution.statements.fields.entries")} testId="statement-entry-count" size="large">
          {statement.entry_count}
        </Figure>
      </dl>
    </Container>
  )
}
