import { useDate } from "@medusajs/dashboard/hooks"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useLedgerEntryReason } from "../../../../../components/ledger-entry-reason"
import { LedgerKindBadge } from "../../../../../components/ledger-kind-badge"
import { LedgerStatusBadge } from "../../../../../components/ledger-status-badge"
import { OrderLink } from "../../../../../components/order-link"
import { SignedAmount } from "../../../../../components/signed-amount"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatRatePercent } from "../../../../../lib/commission-rate"
import { formatMoney } from "../../../../../lib/format-money"
import { Statement } from "../../../../../types/commission"

/** Every entry of the statement's period, oldest first, as the API lists them. */
export const StatementEntries = ({ statement }: { statement: Statement }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const reasonOf = useLedgerEntryReason()
  const empty = t("distribution.common.empty")

  return (
    <Container className="divide-y p-0" data-testid="statement-entries">
      <div className="px-6 py-4">
        <Heading level="h2">{t("distribution.statements.detail.entriesTitle")}</Heading>
      </div>
      {!statement.entries.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="statement-entries-empty">
          {t("distribution.statements.detail.noEntries")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("distribution.ledger.fields.date")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.level")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.base")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.rate")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("distribution.ledger.fields.amount")}
                </Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.kind")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {statement.entries.map((entry) => {
                const reason = reasonOf(entry)
                return (
                  <Table.Row key={entry.id} data-testid={`statement-entry-${entry.id}`}>
                    <Table.Cell className="whitespace-nowrap">
                      {getFullDate({ date: entry.created_at, includeTime: true })}
                    </Table.Cell>
                    <Table.Cell>
                      <OrderLink orderId={entry.order_id} displayId={entry.order_display_id} />
                    </Table.Cell>
                    <Table.Cell className="max-w-[260px]">
                      <div className="flex flex-col py-1">
                        <span className="truncate">{entry.product_title || (reason ? "" : empty)}</span>
                        {reason && (
                          <span className="txt-compact-xsmall text-ui-fg-subtle truncate" title={reason}>
                            {reason}
                          </span>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell>{entry.level ?? empty}</Table.Cell>
                    <Table.Cell className="tabular-nums whitespace-nowrap">
                      {entry.base ? formatMoney(entry.base, entry.currency_code, locale) : empty}
                    </Table.Cell>
                    <Table.Cell>{entry.rate ? formatRatePercent(entry.rate, locale) : empty}</Table.Cell>
                    <Table.Cell className="text-right">
                      <SignedAmount amount={entry.amount} currencyCode={entry.currency_code} weight="plus" />
                    </Table.Cell>
                    <Table.Cell>
                      <LedgerStatusBadge status={entry.status} />
                    </Table.Cell>
                    <Table.Cell>
                      <LedgerKindBadge kind={entry.kind} />
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
