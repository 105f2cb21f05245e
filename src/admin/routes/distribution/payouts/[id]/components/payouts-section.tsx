import { Container, Heading, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"

import { DealerCodeLink } from "../../../../../components/dealer-code-link"
import { PayoutAccountDetails } from "../../../../../components/payout-account-details"
import { PayoutStatusBadge } from "../../../../../components/payout-status-badge"
import { SectionErrorRow } from "../../../../../components/section-error-row"
import { RowsSkeleton } from "../../../../../components/section-skeleton"
import { TablePagination } from "../../../../../components/table-pagination"
import { usePayoutProviders, usePayouts } from "../../../../../hooks/api/payouts"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../lib/format-money"
import {
  isBatchActive,
  PAYOUT_POLL_MS,
  payoutRowActions,
  settlesManually,
} from "../../../../../lib/payout-actions"
import { AdminPayout, AdminPayoutBatch } from "../../../../../types/payout"
import { PayoutDetailDrawer } from "./payout-detail/payout-detail-drawer"
import { usePayoutDetailParam } from "./payout-detail/use-payout-detail-param"
import { PayoutRowActions } from "./payout-row-actions"
import { PayoutSettleDrawer, PayoutSettlement } from "./payout-settle-drawer"

const PAGE_SIZE = 20

/** Reference, provider reference, failure reason and last error of a payout, as far as it has them. */
const PayoutNotes = ({ payout }: { payout: AdminPayout }) => {
  const { t } = useTranslation()
  const lines = [
    payout.failure_reason && { key: "failure", className: "text-ui-fg-error", text: payout.failure_reason },
    payout.reference && {
      key: "reference",
      className: "",
      text: t("distribution.payouts.detail.reference", { reference: payout.reference }),
    },
    payout.provider_reference && {
      key: "provider-reference",
      className: "text-ui-fg-subtle",
      text: t("distribution.payouts.detail.providerReference", { reference: payout.provider_reference }),
    },
    payout.last_error &&
      payout.last_error !== payout.failure_reason && {
        key: "last-error",
        className: "text-ui-fg-muted",
        text: t("distribution.payouts.detail.lastError", { error: payout.last_error }),
      },
  ].filter((line): line is { key: string; className: string; text: string } => !!line)

  if (!lines.length) {
    return <Text size="small">{t("distribution.common.empty")}</Text>
  }

  return (
    <div className="flex max-w-[280px] flex-col">
      {lines.map((line) => (
        <Text
          key={line.key}
          size="xsmall"
          className={`${line.className} break-words`}
          data-testid={`payout-${line.key}`}
        >
          {line.text}
        </Text>
      ))}
    </div>
  )
}

/**
 * The batch's payouts, a page at a time (`?offset=` in the URL), refreshed
 * with the batch while it is being paid. Each row carries its own actions;
 * its amount (or "Details") opens the payout in a drawer (`?payout=`).
 */
export const PayoutsSection = ({ batch }: { batch: AdminPayoutBatch }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const [searchParams, setSearchParams] = useSearchParams()
  const offset = Math.max(0, Number(searchParams.get("offset")) || 0)
  const [settlement, setSettlement] = useState<PayoutSettlement | null>(null)
  const { payoutId: detailId, openPayout, closePayout } = usePayoutDetailParam()
  const { payouts, count, isPending, isError, error, refetch } = usePayouts(
    { batch_id: batch.id, limit: PAGE_SIZE, offset },
    {
      placeholderData: keepPreviousData,
      refetchInterval: isBatchActive(batch.status) ? PAYOUT_POLL_MS : false,
    }
  )
  const { providers } = usePayoutProviders()
  const manual = settlesManually(batch.provider_id, providers)
  const total = count ?? 0
  const empty = t("distribution.common.empty")

  const goTo = (nextOffset: number) =>
    setSearchParams((prev) => {
      if (nextOffset > 0) {
        prev.set("offset", String(nextOffset))
      } else {
        prev.delete("offset")
      }
      return prev
    })

  return (
    <Container className="divide-y p-0" data-testid="payout-batch-payouts">
      <div className="px-6 py-4">
        <Heading level="h2">{t("distribution.payouts.detail.payoutsTitle")}</Heading>
      </div>
      {isPending ? (
        <RowsSkeleton />
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : !payouts?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="payout-batch-payouts-empty">
          {t("distribution.payouts.detail.noPayouts")}
        </Text>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("distribution.payouts.fields.dealer")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("distribution.payouts.fields.amount")}
                  </Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.payouts.fields.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.payouts.fields.account")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.payouts.fields.providerState")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.payouts.fields.details")}</Table.HeaderCell>
                  <Table.HeaderCell className="w-px" />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {payouts.map((payout) => {
                  const code = payout.dealer?.code ?? payout.dealer_id
                  const actions = payoutRowActions(payout, { batchStatus: batch.status, manual })
                  return (
                    <Table.Row
                      key={payout.id}
                      data-testid={`payout-row-${code}`}
                      data-payout-id={payout.id}
                      data-status={payout.status}
                      data-retry-of={payout.retry_of_id ?? undefined}
                    >
                      <Table.Cell>
                        {payout.dealer ? (
                          <div className="flex flex-col py-1">
                            <DealerCodeLink id={payout.dealer.id} code={payout.dealer.code} />
                            <Text size="xsmall" className="text-ui-fg-subtle max-w-[180px] truncate">
                              {payout.dealer.name}
                            </Text>
                          </div>
                        ) : (
                          payout.dealer_id
                        )}
                      </Table.Cell>
                      <Table.Cell
                        className="txt-compact-small-plus text-right tabular-nums whitespace-nowrap"
                        data-testid="payout-amount"
                        data-amount={payout.amount}
                      >
                        <button
                          type="button"
                          className="hover:text-ui-fg-interactive-hover underline-offset-2 hover:underline"
                          onClick={() => openPayout(payout.id)}
                          title={t("distribution.payouts.detail.payout.openLabel", { code })}
                          data-testid={`payout-detail-open-${code}`}
                          data-payout-id={payout.id}
                        >
                          {formatMoney(payout.amount, payout.currency_code, locale)}
                        </button>
                      </Table.Cell>
                      <Table.Cell>
                        <div className="flex flex-col items-start gap-y-1 py-1">
                          <PayoutStatusBadge status={payout.status} />
                          {payout.needs_query && (
                            <Text size="xsmall" className="text-ui-tag-orange-text" data-testid="payout-needs-query">
                              {t("distribution.payouts.detail.needsQuery")}
                            </Text>
                          )}
                          {payout.retry_of_id && (
                            <Text size="xsmall" className="text-ui-fg-muted">
                              {t("distribution.payouts.detail.retryOf")}
                            </Text>
                          )}
                          {payout.retried_by_id && (
                            <Text size="xsmall" className="text-ui-fg-muted">
                              {t("distribution.payouts.detail.retried")}
                            </Text>
                          )}
                        </div>
                      </Table.Cell>
                      <Table.Cell>
                        <PayoutAccountDetails account={payout.account} testId="payout-account" />
                      </Table.Cell>
                      <Table.Cell>
                        <Text size="xsmall" className="font-mono" data-testid="payout-provider-state">
                          {payout.provider_state ?? empty}
                        </Text>
                      </Table.Cell>
                      <Table.Cell>
                        <PayoutNotes payout={payout} />
                      </Table.Cell>
                      <Table.Cell>
                        <PayoutRowActions
                          payout={payout}
                          actions={actions}
                          onSettle={(target, outcome) => setSettlement({ payout: target, outcome })}
                          onDetails={(target) => openPayout(target.id)}
                        />
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
          </div>
          <TablePagination count={total} pageSize={PAGE_SIZE} offset={offset} onOffsetChange={goTo} />
        </>
      )}
      <PayoutSettleDrawer settlement={settlement} onClose={() => setSettlement(null)} />
      <PayoutDetailDrawer
        payoutId={detailId}
        onOpenPayout={openPayout}
        onClose={closePayout}
        poll={isBatchActive(batch.status)}
      />
    </Container>
  )
}
