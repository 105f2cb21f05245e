import { SectionRow } from "@medusajs/dashboard/components"
import { useDate } from "@medusajs/dashboard/hooks"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { CopyTextButton } from "../../../../../../components/copy-text-button"
import { DealerCodeLink } from "../../../../../../components/dealer-code-link"
import { PayoutAccountDetails } from "../../../../../../components/payout-account-details"
import { usePayoutProviderLabel } from "../../../../../../components/payout-provider-label"
import { PayoutStatusBadge } from "../../../../../../components/payout-status-badge"
import { useIntlLocale } from "../../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../../lib/format-money"
import { AdminPayout } from "../../../../../../types/payout"
import { PayoutDetailLink } from "./payout-detail-link"

/** A row of plain text, shown only when there is a value. */
const TextRow = ({ title, value, testId, className }: { title: string; value: string | null; testId: string; className: string }) =>
  value ? (
    <SectionRow
      title={title}
      value={
        <span className={className} data-testid={testId}>
          {value}
        </span>
      }
    />
  ) : null

type PayoutDetailSummaryProps = {
  payout: AdminPayout
  /** Opens another payout (the one retried, or its retry) in the drawer. */
  onOpenPayout: (payoutId: string) => void
}

/**
 * Who is paid how much, where the payout stands, the numbers that identify it
 * with the provider and the bank, why it failed, the account it goes to, and
 * the payouts it retries or is retried by. Optional fields show only when set.
 */
export const PayoutDetailSummary = ({ payout, onOpenPayout }: PayoutDetailSummaryProps) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const providerLabel = usePayoutProviderLabel()
  const label = (key: string) => t(`distribution.payouts.detail.payout.fields.${key}`)
  const date = (value: string) => getFullDate({ date: value, includeTime: true })
  const lastError = payout.last_error && payout.last_error !== payout.failure_reason ? payout.last_error : null

  return (
    <div className="divide-y" data-testid="payout-detail-summary">
      <SectionRow
        title={label("dealer")}
        value={
          payout.dealer ? (
            <div className="flex min-w-0 flex-col">
              <DealerCodeLink id={payout.dealer.id} code={payout.dealer.code} />
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {payout.dealer.name}
              </Text>
            </div>
          ) : (
            payout.dealer_id
          )
        }
      />
      <SectionRow
        title={label("amount")}
        value={
          <span
            className="txt-compact-small-plus text-ui-fg-base tabular-nums"
            data-testid="payout-detail-amount"
            data-amount={payout.amount}
          >
            {formatMoney(payout.amount, payout.currency_code, locale)}
          </span>
        }
      />
      <SectionRow
        title={label("status")}
        value={
          <div className="flex flex-col items-start gap-y-1">
            <PayoutStatusBadge status={payout.status} testId="payout-detail-status" />
            {payout.needs_query && (
              <Text size="xsmall" className="text-ui-tag-orange-text" data-testid="payout-detail-needs-query">
                {t("distribution.payouts.detail.payout.needsQuery")}
              </Text>
            )}
          </div>
        }
      />
      <SectionRow title={label("provider")} value={providerLabel(payout.provider_id)} />
      <SectionRow
        title={label("outBillNo")}
        value={
          <span className="font-mono break-all" data-testid="payout-detail-out-bill-no">
            {payout.out_bill_no}
          </span>
        }
        actions={
          <CopyTextButton
            text={payout.out_bill_no}
            label={t("distribution.payouts.detail.payout.copyOutBillNo")}
            testId="payout-detail-out-bill-no-copy"
          />
        }
      />
      <TextRow title={label("providerState")} value={payout.provider_state} testId="payout-detail-provider-state" className="font-mono break-all" />
      <TextRow title={label("providerReference")} value={payout.provider_reference} testId="payout-detail-provider-reference" className="font-mono break-all" />
      <TextRow title={label("reference")} value={payout.reference} testId="payout-detail-reference" className="break-all" />
      <TextRow title={label("failureReason")} value={payout.failure_reason} testId="payout-detail-failure-reason" className="text-ui-fg-error break-words" />
      <TextRow title={label("lastError")} value={lastError} testId="payout-detail-last-error" className="break-words" />
      <SectionRow
        title={label("account")}
        value={<PayoutAccountDetails account={payout.account} testId="payout-detail-account" />}
      />
      <SectionRow title={label("created")} value={date(payout.created_at)} />
      {payout.sent_at && <SectionRow title={label("sent")} value={date(payout.sent_at)} />}
      {payout.completed_at && <SectionRow title={label("completed")} value={date(payout.completed_at)} />}
      {payout.retry_of_id && (
        <SectionRow
          title={label("retryOf")}
          value={
            <PayoutDetailLink
              payoutId={payout.retry_of_id}
              label={t("distribution.payouts.detail.payout.openRetried")}
              onOpen={onOpenPayout}
              testId="payout-detail-retry-of"
            />
          }
        />
      )}
      {payout.retried_by_id && (
        <SectionRow
          title={label("retriedBy")}
          value={
            <PayoutDetailLink
              payoutId={payout.retried_by_id}
              label={t("distribution.payouts.detail.payout.openRetry")}
              onOpen={onOpenPayout}
              testId="payout-detail-retried-by"
            />
          }
        />
      )}
    </div>
  )
}
