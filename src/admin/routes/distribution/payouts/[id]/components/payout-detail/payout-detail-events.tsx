import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { AdminPayoutEvent } from "../../../../../../types/payout"
import { PayoutDetailEvent } from "./payout-detail-event"

type PayoutDetailEventsProps = {
  /** Oldest first, as the API sends them. */
  events: AdminPayoutEvent[]
  currencyCode: string
}

/** "History": everything that happened to the payout, as a timeline, newest last. */
export const PayoutDetailEvents = ({ events, currencyCode }: PayoutDetailEventsProps) => {
  const { t } = useTranslation()
  // ISO times sort as text; the sort is stable, so the API's order breaks ties.
  const ordered = [...events].sort((a, b) => a.created_at.localeCompare(b.created_at))

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="payout-detail-events" data-count={events.length}>
      <Heading level="h3">{t("distribution.payouts.detail.payout.events.title")}</Heading>
      {!events.length ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="payout-detail-events-empty">
          {t("distribution.payouts.detail.payout.events.empty")}
        </Text>
      ) : (
        <ol>
          {ordered.map((event, index) => (
            <PayoutDetailEvent
              key={event.id}
              event={event}
              currencyCode={currencyCode}
              isLast={index === ordered.length - 1}
            />
          ))}
        </ol>
      )}
    </div>
  )
}
