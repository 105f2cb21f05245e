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
      {payout.provider_state && (
        <SectionRow
          title={label("providerState")}
          value={
            <span className="font-mono break-all" data-testid="payout-detail-provider-state">
              {payout.provider_state}
            </span>
          }
        />
      )}
      {payout.provider_reference && (
        <SectionRow
          title={label("providerReference")}
          value={
            <span className="font-mono break-all" data-testid="payout-detail-provider-reference">
              {payout.provider_reference}
            </span>
          }
        />
      )}
      {payout.reference && (
        <SectionRow
          title={label("reference")}
          value={
            <span className="break-all" data-testid="payout-detail-reference">
              {payout.reference}
            </span>
          }
        />
      )}
      {payout.failure_reason && (
        <SectionRow
          title={label("failureReason")}
          value={
            <span className="text-ui-fg-error break-words" data-testid="payout-detail-failure-reason">
              {payout.failure_reason}
            </span>
          }
        />
      )}
      {lastError && (
        <SectionRow
          title={label("lastError")}
          value={
            <span className="break-words" data-testid="payout-detail-last-error">
              {lastError}
            </span>
          }
        />
      )}
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
