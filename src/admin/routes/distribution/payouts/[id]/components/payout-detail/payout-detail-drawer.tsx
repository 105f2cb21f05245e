import { Drawer, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../../components/query-error-state"
import { usePayout } from "../../../../../../hooks/api/payouts"
import { useIntlLocale } from "../../../../../../hooks/common/use-intl-locale"
import { useLastDefined } from "../../../../../../hooks/common/use-last-defined"
import { formatMoney } from "../../../../../../lib/format-money"
import { PAYOUT_POLL_MS } from "../../../../../../lib/payout-actions"
import { PayoutDetailEntries } from "./payout-detail-entries"
import { PayoutDetailEvents } from "./payout-detail-events"
import { PayoutDetailSkeleton } from "./payout-detail-skeleton"
import { PayoutDetailSummary } from "./payout-detail-summary"

type PayoutDetailDrawerProps = {
  /** The payout shown; `null` keeps the drawer closed. */
  payoutId: string | null
  /** Shows another payout instead (a retry link). */
  onOpenPayout: (payoutId: string) => void
  onClose: () => void
  /** While the batch is being paid the payout is fetched again, as the batch's list is. */
  poll: boolean
}

/**
 * One payout in full (`GET /payouts/:id`): its fields, the ledger entries it
 * pays and its history, in a drawer over the batch.
 */
export const PayoutDetailDrawer = ({ payoutId, onOpenPayout, onClose, poll }: PayoutDetailDrawerProps) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const shownId = useLastDefined(payoutId)
  const { payout, entries, entries_total, events, isError, error, refetch } = usePayout(shownId ?? "", {
    enabled: !!shownId,
    refetchInterval: poll && !!payoutId ? PAYOUT_POLL_MS : false,
  })
  const notFound = (error as { status?: number } | null)?.status === 404
  const code = payout ? payout.dealer?.code ?? payout.dealer_id : ""

  return (
    <Drawer open={!!payoutId} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content
        className="sm:max-w-[720px]"
        data-testid="payout-detail-drawer"
        data-payout-id={shownId ?? undefined}
        data-status={payout?.status}
      >
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>
              {payout
                ? t("distribution.payouts.detail.payout.title", { code })
                : t("distribution.payouts.detail.payout.titleLoading")}
            </Heading>
          </Drawer.Title>
          <Drawer.Description asChild>
            <Text size="small" className="text-ui-fg-subtle">
              {payout
                ? formatMoney(payout.amount, payout.currency_code, locale)
                : t("distribution.payouts.detail.payout.description")}
            </Text>
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex-1 overflow-y-auto p-0">
          {/* A failed poll keeps the payout already shown; only a first load's failure replaces it. */}
          {payout ? (
            <div className="divide-y" data-payout-id={payout.id}>
              <PayoutDetailSummary payout={payout} onOpenPayout={onOpenPayout} />
              <PayoutDetailEntries entries={entries ?? []} total={entries_total ?? "0"} currencyCode={payout.currency_code} />
              <PayoutDetailEvents events={events ?? []} currencyCode={payout.currency_code} />
            </div>
          ) : isError ? (
            <div className="px-6 py-4" data-testid="payout-detail-error">
              <QueryErrorState
                error={error}
                onRetry={notFound ? undefined : refetch}
                message={notFound ? t("distribution.payouts.detail.payout.notFound") : undefined}
              />
            </div>
          ) : (
            <PayoutDetailSkeleton />
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
