import { useDate } from "@medusajs/dashboard/hooks"
import { CheckCircleSolid, XCircle } from "@medusajs/icons"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { Figure } from "../../../../../components/figure"
import { ConfirmedActionButton } from "../../../../../components/confirmed-action-button"
import { PayoutBatchStatusBadge } from "../../../../../components/payout-batch-status-badge"
import { PayoutProgressBar } from "../../../../../components/payout-progress-bar"
import { usePayoutProviderLabel } from "../../../../../components/payout-provider-label"
import { SpreadsheetExportButtons } from "../../../../../components/spreadsheet-export-buttons"
import {
  useApprovePayoutBatch,
  useCancelPayoutBatch,
  useExportPayoutBatch,
} from "../../../../../hooks/api/payouts"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../lib/format-money"
import { canApproveBatch, canCancelBatch, isBatchActive } from "../../../../../lib/payout-actions"
import { AdminPayoutBatch, PayoutExportFormat } from "../../../../../types/payout"

/**
 * The batch at a glance: status, provider, totals and progress, with its
 * actions (approve and cancel, each confirmed first) and file downloads.
 */
export const PayoutBatchHeader = ({ batch }: { batch: AdminPayoutBatch }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const providerLabel = usePayoutProviderLabel()
  const approve = useApprovePayoutBatch(batch.id)
  const cancel = useCancelPayoutBatch(batch.id)
  const exporter = useExportPayoutBatch()
  const { progress, currency_code } = batch
  const money = (amount: string) => formatMoney(amount, currency_code, locale)
  const busy = approve.isPending || cancel.isPending

  const onExport = (format: PayoutExportFormat) => {
    exporter.mutate(
      {
        batchId: batch.id,
        format,
        fallbackName: `payouts-${currency_code}-${batch.created_at.slice(0, 10)}-${batch.id}`,
      },
      {
        onError: (error) =>
          toast.error(error.message || t("distribution.payouts.detail.exportFailed")),
      }
    )
  }

  const dates = [
    t("distribution.payouts.detail.created", {
      date: getFullDate({ date: batch.created_at, includeTime: true }),
    }),
    batch.approved_at &&
      t("distribution.payouts.detail.approved", {
        date: getFullDate({ date: batch.approved_at, includeTime: true }),
      }),
    batch.completed_at &&
      t("distribution.payouts.detail.completed", {
        date: getFullDate({ date: batch.completed_at, includeTime: true }),
      }),
  ].filter(Boolean)

  return (
    <Container className="divide-y p-0" data-testid="payout-batch-header">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading data-testid="payout-batch-title">{t("distribution.payouts.detail.title")}</Heading>
            <PayoutBatchStatusBadge status={batch.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {[
              providerLabel(batch.provider_id),
              currency_code.toUpperCase(),
              t(`distribution.payouts.sources.${batch.source}`),
            ].join(" · ")}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {dates.join(" · ")}
          </Text>
          {batch.note && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="payout-batch-note">
              {batch.note}
            </Text>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {canCancelBatch(batch.status) && (
            <ConfirmedActionButton
              mutation={cancel}
              icon={<XCircle />}
              label={t("distribution.payouts.cancel.action")}
              disabled={busy}
              successMessage={t("distribution.payouts.cancel.success")}
              prompt={{
                title: t("distribution.payouts.cancel.title"),
                description: t("distribution.payouts.cancel.description"),
                confirmText: t("distribution.payouts.cancel.confirm"),
                cancelText: t("distribution.payouts.cancel.keep"),
              }}
              testId="payout-batch-cancel"
            />
          )}
          <SpreadsheetExportButtons
            exporter={exporter}
            onExport={onExport}
            labelKey="distribution.payouts.detail"
            testId="payout-batch-export"
          />
          {canApproveBatch(batch.status) && (
            <ConfirmedActionButton
              mutation={approve}
              variant="primary"
              icon={<CheckCircleSolid />}
              label={t("distribution.payouts.approve.action")}
              disabled={busy || progress.total === 0}
              successMessage={t("distribution.payouts.approve.success")}
              prompt={{
                title: t("distribution.payouts.approve.title"),
                description: t("distribution.payouts.approve.description", {
                  count: progress.total,
                  amount: money(batch.total_amount),
                  provider: providerLabel(batch.provider_id),
                }),
                confirmText: t("distribution.payouts.approve.confirm"),
              }}
              testId="payout-batch-approve"
            />
          )}
        </div>
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        <dl className="contents">
          <Figure
            label={t("distribution.payouts.fields.total")}
            testId="payout-batch-total"
            amount={batch.total_amount}
            size="large"
          >
            {money(batch.total_amount)}
          </Figure>
          <Figure
            label={t("distribution.payouts.fields.amountSucceeded")}
            testId="payout-batch-amount-succeeded"
            amount={progress.amount_succeeded}
            size="large"
          >
            {money(progress.amount_succeeded)}
          </Figure>
          <Figure label={t("distribution.payouts.fields.payouts")} testId="payout-batch-count" size="large">
            {progress.total}
          </Figure>
        </dl>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1">
          {(["succeeded", "failed", "canceled", "in_flight"] as const).map((key) => (
            <div key={key} className="flex items-baseline justify-between gap-x-2">
              <dt className="txt-compact-xsmall text-ui-fg-subtle">
                {t(`distribution.payouts.fields.${key === "in_flight" ? "inFlight" : key}`)}
              </dt>
              <dd className="txt-compact-small-plus tabular-nums" data-testid={`payout-batch-${key}`}>
                {progress[key]}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <PayoutProgressBar progress={progress} />
        {isBatchActive(batch.status) && (
          <Text size="xsmall" className="text-ui-fg-muted" data-testid="payout-batch-polling">
            {t("distribution.payouts.progress.polling")}
          </Text>
        )}
      </div>
    </Container>
  )
}
