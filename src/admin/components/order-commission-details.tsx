import { useDate } from "@medusajs/dashboard/hooks"
import { Badge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../hooks/common/use-intl-locale"
import { formatRatePercent } from "../lib/commission-rate"
import { formatMoney } from "../lib/format-money"
import { OrderCommission, SplitLine } from "../types/commission"
import { DealerCodeLink } from "./dealer-code-link"
import { Figure } from "./figure"
import { LedgerKindBadge } from "./ledger-kind-badge"
import { LedgerStatusBadge } from "./ledger-status-badge"
import { SignedAmount } from "./signed-amount"

/** One order line: its commission base, then each level's share (and the levels skipped). */
const SplitLineDetails = ({ line, currency }: { line: SplitLine; currency: string }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const empty = t("distribution.common.empty")
  const levels = [
    ...line.entries.map((entry) => ({ level: entry.level, entry, skip: null })),
    ...line.skipped.map((skip) => ({ level: skip.level, entry: null, skip })),
  ].sort((a, b) => a.level - b.level)

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid={`order-commission-line-${line.line_id}`}>
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex min-w-0 flex-col">
          <Text size="small" weight="plus" className="truncate">
            {`${line.title || line.product_id || line.line_id} × ${line.quantity}`}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("distribution.orderCommission.lineBase", {
              base: formatMoney(line.base, currency, locale),
            })}
          </Text>
        </div>
        {line.capped && (
          <Badge size="2xsmall" color="orange" data-testid="order-commission-line-capped">
            {t("distribution.orderCommission.capped")}
          </Badge>
        )}
      </div>
      {!levels.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.orderCommission.noLevels")}
        </Text>
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("distribution.ledger.fields.level")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.dealer")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.orderCommission.fields.rule")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.ledger.fields.rate")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("distribution.ledger.fields.amount")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {levels.map(({ level, entry, skip }) =>
                entry ? (
                  <Table.Row key={`entry-${level}-${entry.dealer_id}`} data-testid={`order-commission-level-${level}`}>
                    <Table.Cell>{level}</Table.Cell>
                    <Table.Cell>
                      <DealerCodeLink id={entry.dealer_id} code={entry.dealer_code} />
                    </Table.Cell>
                    <Table.Cell>
                      {entry.rule_type
                        ? t(`distribution.orderCommission.ruleTypes.${entry.rule_type}`)
                        : empty}
                    </Table.Cell>
                    <Table.Cell>{formatRatePercent(entry.rate, locale)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {formatMoney(entry.amount, currency, locale)}
                    </Table.Cell>
                  </Table.Row>
                ) : skip ? (
                  <Table.Row
                    key={`skip-${level}-${skip.dealer_id}`}
                    className="text-ui-fg-muted"
                    data-testid={`order-commission-skipped-${level}`}
                  >
                    <Table.Cell>{level}</Table.Cell>
                    <Table.Cell>
                      <DealerCodeLink id={skip.dealer_id} code={skip.dealer_code} />
                    </Table.Cell>
                    <Table.Cell>
                      {t(`distribution.orderCommission.skipReasons.${skip.reason}`)}
                    </Table.Cell>
                    <Table.Cell>{empty}</Table.Cell>
                    <Table.Cell className="text-right">{empty}</Table.Cell>
                  </Table.Row>
                ) : null
              )}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}

/**
 * The order's commission: the figures, the split line by line, what each
 * dealer earns in total and the ledger entries with their statuses.
 */
export const OrderCommissionDetails = ({ commission }: { commission: OrderCommission }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const currency = commission.currency_code
  const { split } = commission

  return (
    <>
      <dl className="grid grid-cols-1 gap-4 px-6 py-4 sm:grid-cols-3">
        <Figure
          label={t("distribution.orderCommission.fields.baseTotal")}
          testId="order-commission-base"
          amount={commission.base_total}
        >
          {formatMoney(commission.base_total, currency, locale)}
        </Figure>
        <Figure
          label={t("distribution.orderCommission.fields.commissionTotal")}
          testId="order-commission-total"
          amount={commission.commission_total}
        >
          {formatMoney(commission.commission_total, currency, locale)}
        </Figure>
        <Figure
          label={t("distribution.orderCommission.fields.reversedTotal")}
          testId="order-commission-reversed"
          amount={commission.reversed_total}
        >
          {formatMoney(commission.reversed_total, currency, locale)}
        </Figure>
      </dl>

      <div className="divide-y">
        <div className="px-6 pt-4">
          <Text size="small" weight="plus">
            {t("distribution.orderCommission.linesTitle")}
          </Text>
        </div>
        {split.lines.length ? (
          split.lines.map((line) => <SplitLineDetails key={line.line_id} line={line} currency={currency} />)
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {t("distribution.orderCommission.noLines")}
          </Text>
        )}
      </div>

      {split.by_dealer.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="order-commission-by-dealer">
          <Text size="small" weight="plus">
            {t("distribution.orderCommission.byDealerTitle")}
          </Text>
          <ul className="flex flex-col gap-y-1">
            {[...split.by_dealer]
              .sort((a, b) => a.level - b.level)
              .map((share) => (
                <li
                  key={`${share.level}-${share.dealer_id}`}
                  className="grid grid-cols-[72px_1fr_auto] items-center gap-x-2"
                  data-testid={`order-commission-dealer-${share.dealer_code}`}
                >
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("distribution.chain.level", { level: share.level })}
                  </Text>
                  <DealerCodeLink id={share.dealer_id} code={share.dealer_code} />
                  <span className="txt-compact-small-plus tabular-nums">
                    {formatMoney(share.amount, currency, locale)}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      )}

      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          {t("distribution.orderCommission.entriesTitle")}
        </Text>
        {!commission.entries.length ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.orderCommission.noEntries")}
          </Text>
        ) : (
          <div className="overflow-x-auto rounded-md border">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("distribution.ledger.fields.date")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.ledger.fields.dealer")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.ledger.fields.level")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.ledger.fields.kind")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.ledger.fields.status")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("distribution.ledger.fields.amount")}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {commission.entries.map((entry) => (
                  <Table.Row key={entry.id} data-testid={`order-commission-entry-${entry.id}`}>
                    <Table.Cell className="whitespace-nowrap">
                      {getFullDate({ date: entry.created_at, includeTime: true })}
                    </Table.Cell>
                    <Table.Cell>
                      <DealerCodeLink id={entry.dealer_id} code={entry.dealer?.code ?? entry.dealer_id} />
                    </Table.Cell>
                    <Table.Cell>{entry.level ?? t("distribution.common.empty")}</Table.Cell>
                    <Table.Cell>
                      <LedgerKindBadge kind={entry.kind} />
                    </Table.Cell>
                    <Table.Cell>
                      <LedgerStatusBadge status={entry.status} />
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <SignedAmount amount={entry.amount} currencyCode={entry.currency_code} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </div>
    </>
  )
}
