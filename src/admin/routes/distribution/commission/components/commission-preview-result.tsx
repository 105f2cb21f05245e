import { Badge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

import { DealerCodeLink } from "../../../../components/dealer-code-link"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatRatePercent } from "../../../../lib/commission-rate"
import { formatMoney } from "../../../../lib/format-money"
import { CommissionSplit } from "../../../../types/commission"

/** One total of the previewed split, with its exact amount for tests. */
const PreviewTotal = ({
  kind,
  label,
  amount,
  children,
}: {
  kind: "base" | "commission"
  label: string
  amount: string
  children: ReactNode
}) => (
  <div
    className="bg-ui-bg-subtle flex flex-col rounded-lg px-4 py-3"
    data-testid="commission-preview-total"
    data-total={kind}
    data-amount={amount}
  >
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus">
      {children}
    </Text>
  </div>
)

/** How the sample order's commission splits: per line, per level, and the totals. */
export const CommissionPreviewResult = ({ split }: { split: CommissionSplit }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const money = (amount: string) => formatMoney(amount, split.currency_code, locale)
  const empty = t("distribution.common.empty")

  return (
    <div className="flex flex-col gap-y-4" data-testid="commission-preview-result">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <PreviewTotal kind="base" label={t("distribution.commissionPlan.preview.baseTotal")} amount={split.base_total}>
          {money(split.base_total)}
        </PreviewTotal>
        <PreviewTotal
          kind="commission"
          label={t("distribution.commissionPlan.preview.commissionTotal")}
          amount={split.commission_total}
        >
          {money(split.commission_total)}
        </PreviewTotal>
      </div>

      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          {t("distribution.commissionPlan.preview.byDealer")}
        </Text>
        {!split.by_dealer.length ? (
          <Text size="small" className="text-ui-fg-subtle" data-testid="commission-preview-no-commission">
            {t("distribution.commissionPlan.preview.noCommission")}
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("distribution.commissionPlan.preview.level")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.commissionPlan.preview.dealer")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("distribution.commissionPlan.preview.amount")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {split.by_dealer.map((dealer) => (
                <Table.Row
                  key={`${dealer.level}:${dealer.dealer_id}`}
                  data-testid="commission-preview-dealer-total"
                  data-dealer-code={dealer.dealer_code}
                  data-level={dealer.level}
                  data-amount={dealer.amount}
                >
                  <Table.Cell>{dealer.level}</Table.Cell>
                  <Table.Cell>
                    <DealerCodeLink id={dealer.dealer_id} code={dealer.dealer_code} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{money(dealer.amount)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>

      {split.lines.map((line, index) => (
        <div
          key={line.line_id}
          className="flex flex-col gap-y-2 rounded-lg border px-4 py-3"
          data-testid="commission-preview-line"
          data-capped={line.capped}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Text size="small" weight="plus">
              {t("distribution.commissionPlan.preview.lineTitle", {
                number: index + 1,
                title: line.title || t("distribution.commissionPlan.preview.untitled"),
                quantity: line.quantity,
              })}
            </Text>
            <div className="flex items-center gap-x-2">
              {line.capped && (
                <Badge size="2xsmall" color="orange" data-testid="commission-preview-capped">
                  {t("distribution.commissionPlan.preview.capped")}
                </Badge>
              )}
              <Text size="small" className="text-ui-fg-subtle" data-testid="commission-preview-line-base" data-amount={line.base}>
                {t("distribution.commissionPlan.preview.lineBase", { base: money(line.base) })}
              </Text>
            </div>
          </div>
          {line.capped && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("distribution.commissionPlan.preview.cappedHint")}
            </Text>
          )}
          {line.entries.length > 0 ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("distribution.commissionPlan.preview.level")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.commissionPlan.preview.dealer")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.commissionPlan.preview.ruleType")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("distribution.commissionPlan.preview.rate")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("distribution.commissionPlan.preview.amount")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {line.entries.map((entry) => (
                  <Table.Row
                    key={`${entry.level}:${entry.dealer_id}`}
                    data-testid="commission-preview-entry"
                    data-level={entry.level}
                    data-dealer-code={entry.dealer_code}
                    data-rule-type={entry.rule_type ?? ""}
                    data-rate={entry.rate}
                    data-amount={entry.amount}
                  >
                    <Table.Cell>{entry.level}</Table.Cell>
                    <Table.Cell>
                      <DealerCodeLink id={entry.dealer_id} code={entry.dealer_code} />
                    </Table.Cell>
                    <Table.Cell>
                      {entry.rule_type ? t(`distribution.commissionPlan.types.${entry.rule_type}`) : empty}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatRatePercent(entry.rate, locale)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{money(entry.amount)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              {t("distribution.commissionPlan.preview.lineNoCommission")}
            </Text>
          )}
          {line.skipped.length > 0 && (
            <div className="flex flex-col gap-y-1">
              <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
                {t("distribution.commissionPlan.preview.skipped")}
              </Text>
              <ul className="flex flex-col gap-y-1">
                {line.skipped.map((skip) => (
                  <li
                    key={`${skip.level}:${skip.dealer_id}`}
                    data-testid="commission-preview-skip"
                    data-level={skip.level}
                    data-dealer-code={skip.dealer_code}
                    data-reason={skip.reason}
                  >
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t("distribution.commissionPlan.preview.skipLine", {
                        level: skip.level,
                        code: skip.dealer_code,
                        reason: t(`distribution.commissionPlan.preview.skipReasons.${skip.reason}`),
                      })}
                    </Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ))}
    </div>
  )
}
